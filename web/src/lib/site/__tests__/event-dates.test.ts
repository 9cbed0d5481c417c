import { formatEventWhen, isPastEvent, londonDay, splitEvents } from '../event-dates';

const event = (title: string, startsAt: string, endsAt: string) => ({
  title,
  startsAt: new Date(startsAt),
  endsAt: new Date(endsAt),
});

describe('event dates', () => {
  it('counts days in the UK: 23:30 UTC in summer is the next day in London', () => {
    expect(londonDay(new Date('2030-06-10T23:30:00Z'))).toBe('2030-06-11');
    expect(londonDay(new Date('2030-01-10T23:30:00Z'))).toBe('2030-01-10');
  });

  it('archives an event from the UK day after it ends, not before', () => {
    const evening = event('a', '2030-06-10T17:00:00Z', '2030-06-10T20:00:00Z'); // ends 21:00 BST on the 10th
    expect(isPastEvent(evening, new Date('2030-06-10T22:59:59Z'))).toBe(false); // 23:59:59 BST, same day
    expect(isPastEvent(evening, new Date('2030-06-10T23:00:00Z'))).toBe(true); // 00:00 BST on the 11th
    // In winter London is on UTC.
    const winter = event('b', '2030-01-10T17:00:00Z', '2030-01-10T20:00:00Z');
    expect(isPastEvent(winter, new Date('2030-01-10T23:59:59Z'))).toBe(false);
    expect(isPastEvent(winter, new Date('2030-01-11T00:00:00Z'))).toBe(true);
  });

  it('keeps a multi-day event upcoming until the day after its last day', () => {
    const twoDays = event('c', '2030-03-01T09:00:00Z', '2030-03-02T17:00:00Z');
    expect(isPastEvent(twoDays, new Date('2030-03-02T18:00:00Z'))).toBe(false);
    expect(isPastEvent(twoDays, new Date('2030-03-03T00:00:00Z'))).toBe(true);
  });

  it('lists upcoming events soonest first and past ones most recent first', () => {
    const now = new Date('2030-06-15T12:00:00Z');
    const { upcoming, past } = splitEvents(
      [
        event('later', '2030-07-01T09:00:00Z', '2030-07-01T10:00:00Z'),
        event('long ago', '2029-01-01T09:00:00Z', '2029-01-01T10:00:00Z'),
        event('today', '2030-06-15T08:00:00Z', '2030-06-15T09:00:00Z'),
        event('recent', '2030-06-14T09:00:00Z', '2030-06-14T10:00:00Z'),
      ],
      now,
    );
    expect(upcoming.map((e) => e.title)).toEqual(['today', 'later']);
    expect(past.map((e) => e.title)).toEqual(['recent', 'long ago']);
  });

  it('shows times in UK time with the zone, in the reader’s language', () => {
    const summer = event('d', '2030-07-01T08:30:00Z', '2030-07-01T15:30:00Z');
    expect(formatEventWhen(summer, 'en')).toBe('Monday, 1 July 2030, 09:30–16:30 BST');
    const winter = event('e', '2030-01-07T09:30:00Z', '2030-01-07T16:30:00Z');
    expect(formatEventWhen(winter, 'en')).toBe('Monday, 7 January 2030, 09:30–16:30 GMT');
    expect(formatEventWhen(summer, 'ro')).toContain('GMT+1');
    expect(formatEventWhen(summer, 'ar')).toContain('غرينتش');
  });
});
