import { explainFailure, firstLine } from '../explain-failure';

describe('explainFailure', () => {
  it.each([
    [
      'the release directory /srv/site/releases cannot be written: the disk is full (ENOSPC); build command exited with code 1',
      "the website server's disk is full",
    ],
    [
      'Cannot reach the CMS at http://cms:1337: read ECONNRESET. Is it running? (build command exited with code 1)',
      'could not read the content from the CMS',
    ],
    ['build command exited with code 1', 'the site could not be built'],
    [
      'Site settings are not published in the CMS, or were left out because something in them needs fixing: the site cannot be built without them. (the site build failed)',
      'the site settings are not published, or something in them needs fixing',
    ],
  ])('puts "%s" in plain words', (error, words) => {
    const text = explainFailure(error, true);
    expect(text).toContain(words);
    expect(text).toContain('The previous version is still online.');
  });
});

describe('firstLine', () => {
  it('keeps the first non-empty line, trimmed', () => {
    expect(firstLine('\n  Error: vite exploded  \n    at stack (x.js:1:1)')).toBe('Error: vite exploded');
  });
  it('shortens very long lines', () => {
    const shown = firstLine('x'.repeat(1000));
    expect(shown.length).toBe(300);
    expect(shown.endsWith('…')).toBe(true);
  });
});
