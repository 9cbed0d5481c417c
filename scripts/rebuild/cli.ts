/**
 * Command line for the rebuild service (run with Node 24, which strips the types):
 *   node scripts/rebuild/cli.ts trigger [--note "why"] [--allow-shrink] [--no-wait]
 *   node scripts/rebuild/cli.ts rollback
 *   node scripts/rebuild/cli.ts status
 * `npm run rebuild` and `npm run rollback` at the repo root run the first two, with .env loaded.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { rollbackCommand, statusCommand, triggerCommand } from './cli-commands.ts';
import { loadRebuildConfig, RebuildEnvError } from './env.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const io = { print: (line: string) => console.log(line) };

const main = async (): Promise<number> => {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      note: { type: 'string' },
      'allow-shrink': { type: 'boolean', default: false },
      'no-wait': { type: 'boolean', default: false },
    },
  });
  const command = positionals[0];
  const config = loadRebuildConfig(repoRoot);
  switch (command) {
    case 'trigger':
      return triggerCommand(
        config,
        { note: values.note, allowShrink: values['allow-shrink'], wait: !values['no-wait'] },
        io,
      );
    case 'rollback':
      return rollbackCommand(config, io);
    case 'status':
      return statusCommand(config, io);
    default:
      console.error('Usage: cli.ts trigger [--note text] [--allow-shrink] [--no-wait] | rollback | status');
      return 2;
  }
};

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(
      error instanceof RebuildEnvError || !(error instanceof Error) ? String(error) : error.message,
    );
    process.exit(1);
  },
);
