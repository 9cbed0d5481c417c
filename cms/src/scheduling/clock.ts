/**
 * The scheduler's idea of "now". Always the real time, except when a test moves it
 * (SCHEDULER_TEST_HOOK, refused in production): the browser test drives the clock through it.
 */
let offsetMs = 0;

export const schedulerClock = {
  now: (): Date => new Date(Date.now() + offsetMs),
  /** Test only: make "now" be `to` (the offset then keeps time moving). */
  set: (to: Date): void => {
    offsetMs = to.getTime() - Date.now();
  },
  reset: (): void => {
    offsetMs = 0;
  },
};
