/** The pool the search index runs its shard workers in (each-at-most.ts). */
import { eachAtMost } from '../each-at-most';

/** A task whose runs the test finishes by hand, recording how many run at once. */
const controlled = () => {
  const started: number[] = [];
  const finish = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();
  let running = 0;
  let most = 0;
  const task = (item: number) =>
    new Promise<void>((resolve, reject) => {
      started.push(item);
      running += 1;
      most = Math.max(most, running);
      const done = () => {
        running -= 1;
      };
      finish.set(item, {
        resolve: () => {
          done();
          resolve();
        },
        reject: (error) => {
          done();
          reject(error);
        },
      });
    });
  return { started, finish, task, most: () => most, running: () => running };
};
const tick = () => new Promise((resolve) => setImmediate(resolve));

it('runs every item, never more than the limit at once, starting the next as one finishes', async () => {
  const work = controlled();
  const all = eachAtMost([1, 2, 3, 4, 5], 2, work.task);
  await tick();
  expect(work.started).toEqual([1, 2]);
  work.finish.get(2)?.resolve();
  await tick();
  expect(work.started).toEqual([1, 2, 3]);
  for (const item of [1, 3]) work.finish.get(item)?.resolve();
  await tick();
  for (const item of [4, 5]) work.finish.get(item)?.resolve();
  await all;
  expect(work.started).toEqual([1, 2, 3, 4, 5]);
  expect(work.most()).toBe(2);
});

it('starts nothing new after a failure, waits for the runs already started, then throws the first failure', async () => {
  const work = controlled();
  let settled = false;
  const all = eachAtMost([1, 2, 3, 4], 2, work.task).finally(() => {
    settled = true;
  });
  await tick();
  work.finish.get(1)?.reject(new Error('shard 1 failed'));
  await tick();
  expect(work.started).toEqual([1, 2]);
  // Item 2 still runs: the pool does not return while it could still be writing.
  expect(settled).toBe(false);
  work.finish.get(2)?.reject(new Error('shard 2 failed too'));
  await expect(all).rejects.toThrow('shard 1 failed');
  expect(work.started).toEqual([1, 2]);
  expect(work.running()).toBe(0);
});

it('runs one at a time with a limit of 1 (or less), and nothing for no items', async () => {
  for (const limit of [1, 0]) {
    const order: string[] = [];
    await eachAtMost(['a', 'b', 'c'], limit, async (item) => {
      order.push(`start ${item}`);
      await tick();
      order.push(`end ${item}`);
    });
    expect(order).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  }
  const never = jest.fn(async () => undefined);
  await eachAtMost([], 2, never);
  expect(never).not.toHaveBeenCalled();
});
