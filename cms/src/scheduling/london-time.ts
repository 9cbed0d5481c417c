/** Times as editors read them: the charity works on UK time, whatever the server's zone. */
export const LONDON_TIME_ZONE = 'Europe/London';

const format = new Intl.DateTimeFormat('en-GB', {
  timeZone: LONDON_TIME_ZONE,
  dateStyle: 'full',
  timeStyle: 'short',
});

/** e.g. "Friday 1 May 2026 at 00:01 (London time)". */
export const londonTime = (date: Date): string => `${format.format(date).replace(',', '')} (London time)`;
