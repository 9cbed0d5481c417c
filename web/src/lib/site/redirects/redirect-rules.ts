/**
 * The rules for redirect addresses, judged by what a browser and a web server make of them, not
 * by how they are spelt: `/%2F%2Fevil.example`, `/\evil.example` and `//evil.example` all mean
 * "another site" and are refused. Pure, without imports: the CMS (editor validation) and the
 * site build (which checks every entry again and leaves a bad one out) use the same file, kept
 * identical in cms/src/redirects/ and web/src/lib/site/redirects/ (a unit test compares them).
 */

export type RuleResult = { ok: true; value: string } | { ok: false; problem: string };

const MAX_PATH_LENGTH = 300;
const MAX_URL_LENGTH = 2048;
/** What a site path may hold once decoded: the site's own URLs use far less. */
const SITE_PATH_CHARS = /^[A-Za-z0-9\-._~/]+$/;
const MAX_DECODE_ROUNDS = 3;

const fail = (problem: string): RuleResult => ({ ok: false, problem });

/** Percent-decodes until nothing changes (at most a few rounds): `%252F` is a `/` to somebody. */
const decodeFully = (value: string): string | undefined => {
  let current = value;
  for (let round = 0; round < MAX_DECODE_ROUNDS; round += 1) {
    if (!current.includes('%')) return current;
    try {
      current = decodeURIComponent(current);
    } catch {
      return undefined;
    }
  }
  return current.includes('%') ? undefined : current;
};

/** An address on this site, decoded and checked, spelt as given, without the trailing slash. */
const checkSitePath = (input: string): RuleResult => {
  const value = input.trim();
  if (value === '')
    return fail('Enter an address on this site, starting with / (for example /old-leaflet/).');
  if (value.length > MAX_PATH_LENGTH)
    return fail(`The address is too long (at most ${MAX_PATH_LENGTH} characters).`);
  if (value.includes('\\')) return fail('The address contains a backslash (\\): use / between its parts.');
  const decoded = decodeFully(value);
  if (decoded === undefined) return fail('The address contains a % code that is not a character.');
  if (decoded.includes('\\')) return fail('The address contains a backslash (\\), written as a % code.');
  if (!decoded.startsWith('/')) {
    return fail('Start the address with / (an address on this site, for example /old-leaflet/).');
  }
  if (decoded.startsWith('//')) {
    return fail('An address on this site cannot start with // (browsers read that as another website).');
  }
  if (!SITE_PATH_CHARS.test(decoded)) {
    return fail(
      'The address may only contain letters, digits, hyphens, dots and slashes (no spaces, ? or #).',
    );
  }
  const trimmed = decoded.length > 1 ? decoded.replace(/\/+$/, '') : decoded;
  const segments = trimmed.split('/').slice(1);
  if (trimmed !== '/' && segments.some((segment) => segment === '')) {
    return fail('The address has two slashes in a row.');
  }
  if (segments.some((segment) => segment === '.' || segment === '..')) {
    return fail('The address cannot contain . or .. as a part.');
  }
  return { ok: true, value: trimmed === '' ? '/' : trimmed };
};

/**
 * An address on this site (`/Old-Leaflet/`) as a redirect starts from: decoded, checked, in lower
 * case and without the trailing slash (`/old-leaflet`; the root stays `/`), so `/a`, `/a/` and
 * `/A` are one address (nginx matches them regardless of case; the site's own addresses are all
 * lower case, so none can hide behind another spelling).
 */
export const normaliseSitePath = (input: string): RuleResult => {
  const checked = checkSitePath(input);
  return checked.ok ? { ok: true, value: checked.value.toLowerCase() } : checked;
};

/** The address a site path is served under: directories end with a slash, files (`.xml`) do not. */
export const sitePathHref = (normalised: string): string =>
  normalised === '/' || /\.[A-Za-z0-9]+$/.test(normalised) ? normalised : `${normalised}/`;

/** Lower-case host names, from a comma-separated list (an env variable or a setting). */
export const parseAllowedHosts = (list: string | undefined): ReadonlySet<string> =>
  new Set(
    (list ?? '')
      .split(',')
      .map((host) => host.trim().toLowerCase())
      .filter((host) => host !== ''),
  );

/**
 * Where a redirect may send visitors: a page of this site (normalised like a from-path, given
 * back as its href) or an https address on one of the allowed hosts.
 */
export const checkRedirectTarget = (input: string, allowedHosts: ReadonlySet<string>): RuleResult => {
  const value = input.trim();
  if (value.startsWith('/') || value.startsWith('%') || value.startsWith('\\')) {
    // Spelt as given: a file's name (`/files/…/Guide.pdf`) may have capitals.
    const site = checkSitePath(value);
    return site.ok ? { ok: true, value: sitePathHref(site.value) } : site;
  }
  const hostsText =
    allowedHosts.size === 0
      ? 'No other website is allowed (ask a developer to add one to REDIRECT_ALLOWED_HOSTS).'
      : `Other websites allowed: ${[...allowedHosts].join(', ')}.`;
  if (value.length > MAX_URL_LENGTH)
    return fail(`The address is too long (at most ${MAX_URL_LENGTH} characters).`);
  // eslint-disable-next-line no-control-regex -- finding control characters and spaces is the point
  if (/[\u0000-\u0020\u007f-\u00a0\\]/.test(value)) {
    return fail('The address contains a space, a backslash or an invisible character.');
  }
  if (!/^https:\/\/[^/]/i.test(value)) {
    return fail(
      `Send visitors to a page of this site (starting with /) or to an https:// address. ${hostsText}`,
    );
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return fail('This is not a complete web address.');
  }
  if (url.username !== '' || url.password !== '')
    return fail('The address cannot contain a user name or password.');
  if (url.port !== '') return fail('The address cannot name a port.');
  if (!allowedHosts.has(url.hostname.toLowerCase())) {
    return fail(`The website does not redirect to ${url.hostname}. ${hostsText}`);
  }
  return { ok: true, value: url.href };
};

/** The normal form of a target for comparison with from-paths (site paths only). */
export const targetKey = (target: string): string | undefined =>
  target.startsWith('/')
    ? (target.length > 1 ? target.replace(/\/+$/, '') : target).toLowerCase()
    : undefined;
