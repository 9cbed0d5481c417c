/**
 * What a TypeScript program run by Node's type stripping loads: its modules (relative imports,
 * followed from file to file) and the packages they load at run time. `import type` is erased, so
 * it loads nothing; `import { type X }` still loads its module. Packages also count when loaded
 * through a require function made with createRequire (a call of `requireVia`, e.g. requireFromCms).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export type LoadedCode = {
  /** Absolute paths of the program's own modules, the entry files included, sorted. */
  files: string[];
  /** Packages imported by name (`zod`, `@strapi/strapi`), resolved from the importing file. */
  packages: string[];
  /** Packages loaded with the require function `requireVia` (resolved from where it was made). */
  packagesVia: string[];
};

const packageName = (specifier: string): string =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

const isBuiltin = (specifier: string): boolean => specifier.startsWith('node:');

const importsOf = (file: string, requireVia: string) => {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const specifiers: string[] = [];
  const via: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isImportDeclaration(node) &&
      !node.importClause?.isTypeOnly &&
      ts.isStringLiteral(node.moduleSpecifier)
    )
      specifiers.push(node.moduleSpecifier.text);
    if (
      ts.isExportDeclaration(node) &&
      !node.isTypeOnly &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    )
      specifiers.push(node.moduleSpecifier.text);
    if (ts.isCallExpression(node)) {
      const [first] = node.arguments;
      const literal = first && ts.isStringLiteralLike(first) ? first.text : undefined;
      if (literal !== undefined && node.expression.kind === ts.SyntaxKind.ImportKeyword)
        specifiers.push(literal);
      if (literal !== undefined && ts.isIdentifier(node.expression) && node.expression.text === requireVia)
        via.push(literal);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { specifiers, via };
};

export const loadedCode = (entries: string[], requireVia: string): LoadedCode => {
  const files = new Set<string>();
  const packages = new Set<string>();
  const packagesVia = new Set<string>();
  const queue = [...entries];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (files.has(file)) continue;
    files.add(file);
    const { specifiers, via } = importsOf(file, requireVia);
    for (const specifier of specifiers) {
      if (specifier.startsWith('.')) queue.push(path.resolve(path.dirname(file), specifier));
      else if (!isBuiltin(specifier)) packages.add(packageName(specifier));
    }
    for (const specifier of via) if (!isBuiltin(specifier)) packagesVia.add(packageName(specifier));
  }
  return { files: [...files].sort(), packages: [...packages].sort(), packagesVia: [...packagesVia].sort() };
};
