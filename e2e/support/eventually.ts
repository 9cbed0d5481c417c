/**
 * Waits until `read()` gives `expected` (deep equality), then asserts it: the page updates
 * after an event, not at once. Plain jest has no retrying assertions like Playwright Test's.
 */
import { isDeepStrictEqual } from 'node:util';

export const eventually = async <T>(
  read: () => Promise<T>,
  expected: T,
  timeoutMs = 5_000,
): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  let actual = await read();
  while (!isDeepStrictEqual(actual, expected) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    actual = await read();
  }
  expect(actual).toEqual(expected);
};
