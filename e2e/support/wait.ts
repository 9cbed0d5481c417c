/** Waiting for things in the system tests: a URL to answer, a value to appear, a line in a file. */
import { existsSync, readFileSync } from 'node:fs';
import { type Child } from './processes';

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until the URL answers 2xx; fails early if the child serving it has exited. */
export const waitForHttp = async (url: string, timeoutMs: number, child?: Child): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child?.exited()) throw new Error(`${url}: ${child.name} exited\n${child.recentOutput()}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      await response.arrayBuffer();
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
};

/** Runs `fn` until it returns a value (not undefined) or the time is up. */
export const until = async <T>(
  what: string,
  fn: () => Promise<T | undefined>,
  timeoutMs: number,
  intervalMs = 100,
): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await fn();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(intervalMs);
  }
};

/** Waits until a line of `file` matches; returns the line. */
export const waitForFileLine = (file: string, pattern: RegExp, timeoutMs: number): Promise<string> =>
  until(
    `${pattern} in ${file}`,
    async () =>
      existsSync(file)
        ? readFileSync(file, 'utf8')
            .split('\n')
            .find((line) => pattern.test(line))
        : undefined,
    timeoutMs,
    25,
  );
