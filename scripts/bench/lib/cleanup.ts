/**
 * Whatever a benchmark starts (a CMS, the rebuild service, a site build, Chromium, temporary
 * folders) registers here how to undo it, the moment it exists. `runBenchmark` undoes all of it,
 * newest first, however the run ends: finished, failed (a start that failed half-way included),
 * or stopped with Ctrl-C (SIGINT) or SIGTERM. A second signal exits at once.
 */

type Step = { label: string; run: () => Promise<void> | void };

const steps: Step[] = [];
let stopping = false;
let cleaning: Promise<void> | null = null;

/** Runs every registered step, newest first, until none is left; a failing step is reported. */
export const cleanUp = (): Promise<void> => {
  cleaning ??= (async () => {
    for (let step = steps.pop(); step; step = steps.pop()) {
      try {
        await step.run();
      } catch (error) {
        console.error(
          `  could not stop ${step.label}: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
  })().finally(() => {
    cleaning = null;
  });
  return cleaning;
};

/**
 * Registers an undo step. Returns a function that runs it now (once) and unregisters it, for
 * what a benchmark stops itself before the end. Once the benchmark is being stopped, whatever
 * starts after that is undone at once.
 */
export const onCleanup = (label: string, run: Step['run']): (() => Promise<void>) => {
  let done: Promise<void> | null = null;
  const once = (): Promise<void> => (done ??= Promise.resolve().then(run));
  const step: Step = { label, run: once };
  steps.push(step);
  if (stopping) void cleanUp();
  return () => {
    const index = steps.indexOf(step);
    if (index >= 0) steps.splice(index, 1);
    return once();
  };
};

const signalHandlers = new Map<NodeJS.Signals, () => void>();

/**
 * Makes this module's SIGINT and SIGTERM handlers the only ones again. A CMS booted in the
 * benchmark's process adds its own (Strapi shuts down and exits at once; Apollo stops and sends
 * the signal again), which would end the process in the middle of the clean-up: the throw-away
 * CMS calls this after each boot and each shutdown.
 */
export const ownSignals = (): void => {
  for (const [signal, handler] of signalHandlers) {
    for (const other of process.listeners(signal)) if (other !== handler) process.off(signal, other);
    if (!process.listeners(signal).includes(handler)) process.on(signal, handler);
  }
};

/** On SIGINT or SIGTERM: cleans up, then exits with 128 + the signal's number. */
export const cleanUpOnSignals = (name: string): void => {
  const onSignal = (signal: NodeJS.Signals, code: number): void => {
    if (stopping) {
      console.error(`${name}: ${signal} again, exiting without cleaning up`);
      process.exit(code);
    }
    stopping = true;
    console.error(`\n${name}: ${signal}, stopping everything it started…`);
    void cleanUp().finally(() => process.exit(code));
  };
  signalHandlers.set('SIGINT', () => onSignal('SIGINT', 130));
  signalHandlers.set('SIGTERM', () => onSignal('SIGTERM', 143));
  ownSignals();
};

/** Runs a benchmark's main function, then cleans up and exits: 0, 1 on failure, 128+n on a signal. */
export const runBenchmark = (name: string, main: () => Promise<void>): void => {
  cleanUpOnSignals(name);
  main().then(
    async () => {
      await cleanUp();
      if (!stopping) process.exit(0);
    },
    async (error: unknown) => {
      // Stopped by a signal, the run fails as its parts go away: that is no news.
      if (stopping) return;
      console.error(`${name} failed: ${error instanceof Error ? error.message : String(error)}`);
      await cleanUp();
      process.exit(1);
    },
  );
};
