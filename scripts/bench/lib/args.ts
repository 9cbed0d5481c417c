/** `--name value` / `--name=value` numeric flags for the benchmark scripts. */
export const numberFlag = (name: string, fallback: number, argv = process.argv.slice(2)): number => {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const value =
      arg === `--${name}` ? argv[i + 1] : arg.startsWith(`--${name}=`) ? arg.slice(name.length + 3) : null;
    if (value === null || value === undefined) continue;
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number, got "${value}"`);
    return n;
  }
  return fallback;
};

/** `--name value` / `--name=value` text flags (addresses, for one). */
export const textFlag = (name: string, fallback: string, argv = process.argv.slice(2)): string => {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === `--${name}` && argv[i + 1] !== undefined) return argv[i + 1] as string;
    if (arg.startsWith(`--${name}=`)) return arg.slice(name.length + 3);
  }
  return fallback;
};

/** `--name` present (boolean switch). */
export const hasFlag = (name: string, argv = process.argv.slice(2)): boolean => argv.includes(`--${name}`);
