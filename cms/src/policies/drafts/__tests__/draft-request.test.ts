import { documentReadProblem, draftRequestProblem } from '../draft-request';

describe('draftRequestProblem', () => {
  it.each([
    ['no parameters', undefined],
    ['other parameters', { locale: 'en', pagination: { pageSize: 100 } }],
    ['status=published (REST)', { status: 'published' }],
    ['status: PUBLISHED (GraphQL)', { status: 'PUBLISHED' }],
    ['null values', { status: null, publicationFilter: null, hasPublishedVersion: null }],
  ])('lets through %s', (_name, params) => {
    expect(draftRequestProblem(params)).toBeUndefined();
  });

  it.each([
    ['status=draft', { status: 'draft' }],
    ['status: DRAFT', { status: 'DRAFT' }],
    ['status as an array (?status[0]=draft)', { status: ['draft'] }],
    ['status as an object', { status: { $ne: 'published' } }],
    ['an unknown status', { status: 'modified' }],
  ])('refuses %s', (_name, params) => {
    expect(draftRequestProblem(params)).toMatch(/^Drafts cannot be read through the content API/);
  });

  it.each([
    ['publicationFilter', { publicationFilter: 'never-published' }],
    ['hasPublishedVersion', { hasPublishedVersion: false }],
    ['hasPublishedVersion as a string', { hasPublishedVersion: 'true' }],
  ])('refuses %s, naming it', (name, params) => {
    expect(draftRequestProblem(params)).toBe(
      `"${name.split(' ')[0]}" cannot be used through the content API: it describes unpublished drafts, which are not available here.`,
    );
  });
});

describe('documentReadProblem', () => {
  const withDrafts = { draftAndPublish: true };
  const withoutDrafts = { draftAndPublish: false };

  it('refuses a read without a status on a type with drafts: the document service reads the draft', () => {
    expect(documentReadProblem({}, withDrafts)).toMatch(/^Drafts cannot be read through the content API/);
    expect(documentReadProblem(undefined, withDrafts)).toMatch(/^Drafts cannot be read/);
  });

  it('lets through an explicit published read, and a type without drafts read without a status', () => {
    expect(documentReadProblem({ status: 'published', locale: '*' }, withDrafts)).toBeUndefined();
    expect(documentReadProblem({}, withoutDrafts)).toBeUndefined();
  });

  it.each([
    ['status=draft on a type with drafts', { status: 'draft' }, withDrafts],
    ['status=draft on a type without (it reaches populated relations)', { status: 'draft' }, withoutDrafts],
    [
      'a publication filter beside status=published',
      { status: 'published', publicationFilter: 'modified' },
      withDrafts,
    ],
    ['hasPublishedVersion', { status: 'published', hasPublishedVersion: true }, withoutDrafts],
  ])('refuses %s', (_name, params, options) => {
    expect(documentReadProblem(params, options)).toBeDefined();
  });
});
