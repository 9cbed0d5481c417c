/** The drill's closing line, on stderr so it shows in the test run's output: the run doubles as the drill report. */
export const report = (drill: string, text: string): void => {
  process.stderr.write(`[drill ${drill}] ${text}\n`);
};

export const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
