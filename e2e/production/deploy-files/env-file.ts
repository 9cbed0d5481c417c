/** Reads a dotenv-style file (NAME=value lines; comments and blank lines skipped). */
import { readFileSync } from 'node:fs';

export const readEnvFile = (file: string): Map<string, string> =>
  new Map(
    readFileSync(file, 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('#'))
      .map((line): [string, string] => {
        const at = line.indexOf('=');
        if (at < 1) throw new Error(`${file}: not NAME=value: ${line}`);
        return [line.slice(0, at).trim(), line.slice(at + 1).trim()];
      }),
  );

/** Names that hold a secret: none of them may have a value written into a shipped file. */
export const isSecretName = (name: string): boolean => /PASSWORD|SECRET|TOKEN|SALT|(^|_)KEYS?$/.test(name);
