import { cmsUploadUrl, safeHref, unsafeLinkMessage } from '../safe-url';
import { quickExitHref, QUICK_EXIT_FALLBACK_URL } from '../../site/quick-exit';
// The CMS's copy of the rule: what the CMS lets an editor save, the site links to, and nothing else.
import { linkProblem, RICH_TEXT_LINKS } from '../../../../../cms/src/validation/safe-url';

/** Every way we know to smuggle a script or another site into a link. None may survive. */
const HOSTILE = [
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  'JAVASCRIPT:alert(1)',
  ' javascript:alert(1)',
  '\tjavascript:alert(1)',
  '\njavascript:alert(1)',
  '\u0000javascript:alert(1)',
  '\u0001javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'java\rscript:alert(1)',
  'java\u0000script:alert(1)',
  'javascript\u200b:alert(1)',
  '\u202ejavascript:alert(1)',
  '\ufeffjavascript:alert(1)',
  'javascript&colon;alert(1)',
  '&#106;avascript:alert(1)',
  '&#x6A;avascript:alert(1)',
  '&#0000106&#0000097vascript:alert(1)',
  '%6Aavascript:alert(1)',
  'javascript:%61lert(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'DATA:image/svg+xml,<svg onload=alert(1)>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'blob:https://evil.example/1',
  'ftp://evil.example/',
  '//evil.example',
  '//evil.example/path',
  '///evil.example',
  '/\\evil.example',
  '\\\\evil.example',
  '\\/evil.example',
  '/\\/evil.example',
  'https://user:pass@evil.example/',
  'https://user@evil.example/',
  'https://good.example@evil.example/',
  'http://:pass@evil.example/',
  'https:evil.example',
  'https:/evil.example',
  'https://',
  'https:// evil.example',
  'https://evil.example/ path',
  'https://evil.example/\u202e',
  'https://evil.example\u0000.good.example/',
  'mailto:someone@example.org?subject=hi there',
  'resources/relative-without-slash',
  '?query=only',
  '',
  'x'.repeat(3000),
];

const SAFE = [
  'https://www.gov.uk/claim-asylum',
  'http://example.org/page?q=1#top',
  'HTTPS://EXAMPLE.ORG/',
  'https://fa.wikipedia.org/wiki/پناهنده',
  'mailto:advice@example.org',
  'mailto:advice@example.org?subject=Help',
  'tel:+442071234567',
  '/resources/age-disputes/',
  '/',
  '#contact',
];

describe('safeHref: the only addresses the site links to', () => {
  it.each(HOSTILE.map((value) => [JSON.stringify(value).slice(0, 60), value]))(
    'refuses %s',
    (_shown, value) => {
      expect(safeHref(value)).toBeNull();
    },
  );

  it.each(SAFE)('keeps %s as written', (value) => {
    expect(safeHref(value)).toBe(value);
  });

  it('agrees with the CMS on every address above', () => {
    for (const value of HOSTILE) expect(linkProblem(value, RICH_TEXT_LINKS)).toBeDefined();
    for (const value of SAFE) expect(linkProblem(value, RICH_TEXT_LINKS)).toBeUndefined();
  });

  it('refuses what is not text at all', () => {
    for (const value of [null, undefined, 42, { href: 'https://x.example' }, ['https://x.example']]) {
      expect(safeHref(value)).toBeNull();
    }
  });

  it('tells an editor what a link must start with, without dumping 100 KB on them', () => {
    const message = unsafeLinkMessage(`javascript:${'a'.repeat(100_000)}`);
    expect(message).toMatch(
      /^The link 'javascript:a+…' is not one the website can use: links must start with https:\/\//,
    );
    expect(message.length).toBeLessThan(250);
    expect(unsafeLinkMessage('java\u0000script:')).toContain('java\\u0000script:');
  });
});

describe('cmsUploadUrl: images and files come from the CMS media library only', () => {
  const CMS = 'http://cms.test:1337';

  it('makes a media library path absolute on the CMS', () => {
    expect(cmsUploadUrl(CMS, '/uploads/a.jpg')).toBe('http://cms.test:1337/uploads/a.jpg');
    expect(cmsUploadUrl(`${CMS}/`, '/uploads/a.jpg?v=1')).toBe('http://cms.test:1337/uploads/a.jpg?v=1');
    expect(cmsUploadUrl(CMS, 'http://cms.test:1337/uploads/a.jpg')).toBe(
      'http://cms.test:1337/uploads/a.jpg',
    );
  });

  it.each([
    'https://evil.example/uploads/a.jpg',
    '//evil.example/uploads/a.jpg',
    '/\\evil.example/uploads/a.jpg',
    'http://user:pass@cms.test:1337/uploads/a.jpg',
    'https://cms.test:1337/uploads/a.jpg',
    'http://cms.test:1338/uploads/a.jpg',
    'javascript:alert(1)',
    'data:image/png;base64,iVBORw0KGgo=',
    '/admin/logo.png',
    '/uploads/../admin/x.png',
    ' /uploads/a.jpg',
    '/uploads/a.jpg\u0000',
    '',
  ])('refuses %j', (value) => {
    expect(cmsUploadUrl(CMS, value)).toBeNull();
  });
});

describe('quickExitHref: the quick exit always leads away', () => {
  it('uses the settings’ web address, or the neutral fallback for anything else', () => {
    expect(quickExitHref('https://www.bbc.co.uk/news')).toBe('https://www.bbc.co.uk/news');
    for (const value of ['javascript:alert(1)', 'mailto:a@b.example', '/about/', '#', '', null, undefined]) {
      expect(quickExitHref(value)).toBe(QUICK_EXIT_FALLBACK_URL);
    }
  });
});
