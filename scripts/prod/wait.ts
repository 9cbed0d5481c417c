/** Waiting for a freshly started process to answer over HTTP. */
import { describeExit, type Child } from './supervisor.ts';

export type WaitOptions = {
  timeoutMs: number;
  /** Any HTTP answer counts (nginx before the first release answers 404, and that is up). */
  anyStatus?: boolean;
  /** Stops waiting early (start:prod is shutting down). */
  cancelled?: () => boolean;
};

export const waitForHttp = async (url: string, child: Child, options: WaitOptions): Promise<void> => {
  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    if (!child.running()) {
      throw new Error(`${child.name} exited before answering ${url} (${describeExit(await child.exited)})`);
    }
    if (options.cancelled?.()) throw new Error(`stopped while waiting for ${url}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
      await response.body?.cancel();
      if (response.ok || options.anyStatus) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline)
      throw new Error(`${child.name} did not answer ${url} within ${options.timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
};
