/**
 * Runs the quick exit's real inline script against a minimal stand-in for the browser, so its
 * behaviour (click, Shift three times quickly, nothing else) is checked as shipped.
 */
import { CSP_DIRECTIVES, scriptHash } from '../csp';
import { QUICK_EXIT_SCRIPT } from '../quick-exit';

type Listener = (event: { key?: string; preventDefault?: () => void }) => void;

const load = () => {
  const windowListeners: Record<string, Listener> = {};
  const linkListeners: Record<string, Listener> = {};
  const replaced: string[] = [];
  const link = {
    href: 'https://www.bbc.co.uk/weather',
    addEventListener: (type: string, fn: Listener) => (linkListeners[type] = fn),
  };
  const document = { querySelector: () => link, body: { hidden: false }, title: 'Get help' };
  const location = { replace: (url: string) => replaced.push(url) };
  const addEventListener = (type: string, fn: Listener) => (windowListeners[type] = fn);
  new Function('document', 'location', 'addEventListener', QUICK_EXIT_SCRIPT)(
    document,
    location,
    addEventListener,
  );
  const key = (name: string) => windowListeners.keyup?.({ key: name });
  return { document, replaced, key, click: () => linkListeners.click?.({ preventDefault: () => undefined }) };
};

describe('quick exit script', () => {
  beforeEach(() => jest.useFakeTimers({ now: new Date('2026-01-01T12:00:00Z') }));
  afterEach(() => jest.useRealTimers());

  it('hides the page and replaces it with the neutral site on a click', () => {
    const page = load();
    page.click();
    expect(page.replaced).toEqual(['https://www.bbc.co.uk/weather']);
    expect(page.document.body.hidden).toBe(true);
    expect(page.document.title).toBe('');
  });

  it('exits when Shift is pressed three times in quick succession', () => {
    const page = load();
    page.key('Shift');
    jest.advanceTimersByTime(300);
    page.key('Shift');
    expect(page.replaced).toEqual([]);
    jest.advanceTimersByTime(300);
    page.key('Shift');
    expect(page.replaced).toEqual(['https://www.bbc.co.uk/weather']);
  });

  it('does not exit on slow Shift presses or Shift used for capitals', () => {
    const page = load();
    for (let i = 0; i < 3; i++) {
      page.key('Shift');
      jest.advanceTimersByTime(1500);
    }
    for (let i = 0; i < 3; i++) {
      page.key('A');
      page.key('Shift');
    }
    expect(page.replaced).toEqual([]);
  });

  it('is small, and allowed by the CSP through its hash', () => {
    expect(QUICK_EXIT_SCRIPT.length).toBeLessThan(500);
    expect(scriptHash(QUICK_EXIT_SCRIPT)).toMatch(/^sha256-[A-Za-z0-9+/]{43}=$/);
  });
});

describe('content security policy', () => {
  it('names no origin but the site itself', () => {
    for (const directive of CSP_DIRECTIVES) expect(directive).not.toMatch(/https?:|\*/);
    expect(CSP_DIRECTIVES).toContain("default-src 'self'");
    expect(CSP_DIRECTIVES).toContain("form-action 'self'");
    expect(CSP_DIRECTIVES).toContain("base-uri 'self'");
  });

  it('hashes inline scripts the way browsers do', () => {
    // echo -n "console.log(1)" | openssl dgst -sha256 -binary | base64
    expect(scriptHash('console.log(1)')).toBe('sha256-CihokcEcBW4atb/CW/XWsvWwbTjqwQlE9nj9ii5ww5M=');
  });
});
