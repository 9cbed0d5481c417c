/**
 * A stand-in for the site build, for tests and benchmarks. Usage:
 *   SITE_OUT_DIR=<dir> node fake-build.ts <control.json>
 * control.json: { "fail"?: bool, "delayMs"?: number, "pages"?: number, "skip404"?: bool,
 *   "leftOut"?: unknown (written to SITE_LEFT_OUT_FILE as the list of entries left out) }
 * It appends one line per run to runs.log beside control.json, prints some log lines, writes
 * index.html, 404.html, page-1..N/index.html and assets (every page carries the release id),
 * and with "fail" prints 80 lines then an error and exits 1. The delay falls between writing
 * the first and the rest of the files, so a half-written release exists for a while.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

type Control = { fail?: boolean; delayMs?: number; pages?: number; skip404?: boolean; leftOut?: unknown };

const controlFile = process.argv[2];
const outDir = process.env.SITE_OUT_DIR;
if (!controlFile || !outDir) {
  console.error('usage: SITE_OUT_DIR=<dir> node fake-build.ts <control.json>');
  process.exit(2);
}
const control: Control = existsSync(controlFile) ? JSON.parse(readFileSync(controlFile, 'utf8')) : {};
const release = process.env.REBUILD_RELEASE_ID ?? path.basename(outDir);
const runsLog = path.join(path.dirname(controlFile), 'runs.log');
appendFileSync(runsLog, `${release} start ${Date.now()}\n`);

const page = (title: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="release" content="${release}">` +
  `<title>${title}</title><link rel="stylesheet" href="/_astro/site.abc123XY.css"></head>` +
  `<body><h1>${title}</h1><p data-release="${release}">release:${release}</p>${'<p>filler text</p>'.repeat(80)}</body></html>\n`;
const write = (name: string, content: string | Buffer) => {
  const file = path.join(outDir, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
};

for (let i = 1; i <= 3; i++) console.log(`fake build: step ${i} of 3 for ${release}`);
// As the real build: the list is written while the content is read, before pages (which may fail).
if (control.leftOut !== undefined && process.env.SITE_LEFT_OUT_FILE) {
  writeFileSync(process.env.SITE_LEFT_OUT_FILE, JSON.stringify(control.leftOut));
}

if (control.fail) {
  for (let i = 1; i <= 80; i++) console.log(`fake build output line ${i}`);
  console.error('Error: fake build failed on purpose (the CMS could not be reached)');
  appendFileSync(runsLog, `${release} failed ${Date.now()}\n`);
  process.exit(1);
}

write('index.html', page('Home'));
await new Promise((resolve) => setTimeout(resolve, control.delayMs ?? 0));
const pages = control.pages ?? 5;
for (let i = 1; i <= pages; i++) write(`page-${i}/index.html`, page(`Page ${i}`));
if (!control.skip404) write('404.html', page('Page not found'));
write('_astro/site.abc123XY.css', `body{font-family:sans-serif}/*${release}*/\n`);
write('_astro/app.Def456gh.js', `document.documentElement.dataset.release=${JSON.stringify(release)};\n`);
write('files/0123456789abcdef/guide.pdf', '%PDF-1.4\n% fake guide\n');
write('images/photo.webp', Buffer.from('RIFF0000WEBPVP8 '));
write('images/photo.avif', Buffer.from('0000ftypavif'));
write('images/logo.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>\n');
write('favicon.ico', Buffer.from([0, 0, 1, 0]));
write('fonts/site.woff2', Buffer.from('wOF2'));
write('robots.txt', 'User-agent: *\nAllow: /\n');
write('sitemap.xml', '<?xml version="1.0"?><urlset/>\n');
write('feed.json', JSON.stringify({ release }));
write('app.js', 'console.log("unhashed");\n');
write('styles.css', 'p{margin:0}\n');
write('empty-dir/.keep', '');
write('.hidden', 'secret');
appendFileSync(runsLog, `${release} done ${Date.now()}\n`);
console.log(`fake build: wrote ${pages + 1} pages to ${outDir}`);
