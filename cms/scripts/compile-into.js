/**
 * Compiles the CMS server code with tsc into a scratch folder (tests, benchmarks, schema
 * printing). Never Strapi's compileStrapi(): it wipes cms/dist, including the built admin.
 * Type errors don't stop the emit: `npm run typecheck` is their gate, and a tool that only
 * needs the JavaScript should not fail because someone's work in progress has one.
 * Returns true when tsc reported type errors (the output is still usable).
 */
const { execFileSync } = require('node:child_process');
const { existsSync, rmSync } = require('node:fs');
const path = require('node:path');

const CMS_DIR = path.resolve(__dirname, '..');

const compileCmsInto = (outDir) => {
  rmSync(outDir, { recursive: true, force: true });
  const tsc = require.resolve('typescript/bin/tsc', { paths: [CMS_DIR] });
  const args = ['-p', path.join(CMS_DIR, 'tsconfig.json'), '--outDir', outDir, '--incremental', 'false'];
  let typeErrors = false;
  try {
    execFileSync(process.execPath, [tsc, ...args, '--noEmitOnError', 'false'], { stdio: 'pipe' });
  } catch {
    typeErrors = true; // tsc exits non-zero on type errors even though it emitted
  }
  if (!existsSync(path.join(outDir, 'src', 'index.js'))) {
    throw new Error(`Compiling the CMS produced nothing in ${outDir}: run npm run typecheck to see why`);
  }
  return typeErrors;
};

module.exports = { compileCmsInto, CMS_DIR };
