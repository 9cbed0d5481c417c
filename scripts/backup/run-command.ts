/**
 * Runs a command's body and exits with its code. An error ends the process with one plain
 * message and code 1, without a stack trace: the reader is an operator at a terminal.
 */
export const runCommand = (name: string, body: () => Promise<number>): void => {
  body().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`${name} failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
};

/** "12.3 s" since `from` (a performance.now() reading). */
export const seconds = (from: number): string => `${((performance.now() - from) / 1000).toFixed(1)} s`;
