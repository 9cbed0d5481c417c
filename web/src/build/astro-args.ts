/** A flag's value as Astro's command line takes it: `--outDir dist` or `--outDir=dist`. */
export const flagValue = (args: readonly string[], name: string): string | undefined => {
  for (const [i, arg] of args.entries()) {
    if (arg === `--${name}`) return args[i + 1];
    if (arg.startsWith(`--${name}=`)) return arg.slice(name.length + 3);
  }
  return undefined;
};
