/**
 * Whether .dockerignore keeps a path out of the build context, with Docker's rules: patterns
 * relative to the context root, `*` and `?` within one path segment, `**` across segments, a
 * path excluded when it or a parent directory matches, `!` re-including, the last match winning.
 */
type Rule = { pattern: RegExp; include: boolean };

const toRegExp = (glob: string): RegExp => {
  let source = '';
  for (let i = 0; i < glob.length; i += 1) {
    const char = glob[i] ?? '';
    if (glob.startsWith('**/', i)) {
      source += '(?:.*/)?';
      i += 2;
    } else if (glob.startsWith('**', i)) {
      source += '.*';
      i += 1;
    } else if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
};

export const parseDockerignore = (source: string): Rule[] =>
  source
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const include = line.startsWith('!');
      const glob = (include ? line.slice(1) : line).trim().replace(/^\/+/, '').replace(/\/+$/, '');
      return { pattern: toRegExp(glob), include };
    });

export const isIgnored = (rules: Rule[], relativePath: string): boolean => {
  const segments = relativePath.replace(/^\.\//, '').replace(/\/+$/, '').split('/');
  // The path itself and each parent directory, so `cms/dist` also keeps out `cms/dist/x.js`.
  const candidates = segments.map((_, index) => segments.slice(0, index + 1).join('/'));
  let ignored = false;
  for (const rule of rules) {
    if (candidates.some((candidate) => rule.pattern.test(candidate))) ignored = !rule.include;
  }
  return ignored;
};
