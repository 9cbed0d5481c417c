/** Reading pages of a built site by their URL path, for assertions. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileForUrlPath, listOutputFiles, type OutputFile } from './output-files';
import { htmlTags, visibleText } from './html-references';

export type SiteOutput = {
  dir: string;
  files: OutputFile[];
  /** Relative paths of every file, for link checks. */
  paths: Set<string>;
  has: (urlPath: string) => boolean;
  /** The HTML served at a URL path; fails the test if there is none. */
  html: (urlPath: string) => string;
  /** The page's `<main>`: lists and article text, without the header and footer. */
  main: (urlPath: string) => string;
  /** What a reader sees in the page's `<main>`. */
  mainText: (urlPath: string) => string;
  /** The `href`s of the links in the page's `<main>`, in document order. */
  mainLinks: (urlPath: string) => string[];
};

export const readSiteOutput = (dir: string): SiteOutput => {
  const files = listOutputFiles(dir);
  const paths = new Set(files.map((file) => file.rel));
  const html = (urlPath: string): string => {
    const rel = fileForUrlPath(paths, urlPath);
    if (!rel) throw new Error(`The built site has no page at ${urlPath}`);
    return readFileSync(path.join(dir, rel), 'utf8');
  };
  const main = (urlPath: string): string => {
    const page = html(urlPath);
    const match = /<main\b[\s\S]*<\/main>/.exec(page);
    if (!match) throw new Error(`${urlPath} has no <main>`);
    return match[0];
  };
  return {
    dir,
    files,
    paths,
    has: (urlPath) => fileForUrlPath(paths, urlPath) !== null,
    html,
    main,
    mainText: (urlPath) => visibleText(main(urlPath)),
    mainLinks: (urlPath) =>
      htmlTags(main(urlPath))
        .filter((tag) => tag.name === 'a' && tag.attrs.has('href'))
        .map((tag) => tag.attrs.get('href') ?? ''),
  };
};
