import type { EventData } from '../../cms/schemas';
import { calendarText } from '../ical';

const event = (fields: Partial<EventData> = {}): EventData => ({
  documentId: 'doc1',
  locale: 'en',
  updatedAt: new Date('2030-01-01T00:00:00Z'),
  publishedAt: new Date('2030-01-01T00:00:00Z'),
  slug: 'an-event',
  localizations: [],
  title: 'An event',
  summary: 'Summary',
  body: [],
  startsAt: new Date('2030-07-01T08:30:00Z'),
  endsAt: new Date('2030-07-01T15:30:00Z'),
  attendance: 'in_person',
  venueName: 'Hall',
  venueAddress: '1 Street, London',
  audience: null,
  price: null,
  bookingUrl: null,
  fullyBooked: false,
  cpd: false,
  relatedResources: [],
  seo: null,
  ...fields,
});

/** Unfolded content lines. */
const lines = (text: string) =>
  text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .slice(0, -1);
const calendar = (fields: Partial<EventData>) =>
  calendarText({
    name: 'Charity: events',
    host: 'charity.test',
    language: 'en',
    events: [
      {
        event: event(fields),
        url: 'https://charity.test/events/an-event/',
        details: [fields.summary ?? 'Summary'],
      },
    ],
  });

describe('calendarText', () => {
  it('writes a whole calendar: CRLF line ends, UTC times, a stable UID and stamp', () => {
    const text = calendar({});
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(lines(text)).toEqual(
      expect.arrayContaining([
        'DTSTART:20300701T083000Z',
        'DTEND:20300701T153000Z',
        'UID:doc1-en@charity.test',
        'DTSTAMP:20300101T000000Z',
        'LOCATION:Hall\\, 1 Street\\, London',
      ]),
    );
    expect(calendar({})).toBe(text);
  });

  it('escapes commas, semicolons, backslashes and every kind of line break; no line can be injected', () => {
    const text = calendar({
      title: 'A, B; C \\ D',
      summary: 'one\r\nEND:VEVENT\nBEGIN:VEVENT\rSUMMARY:forged',
    });
    const all = lines(text);
    expect(all).toContain('SUMMARY:A\\, B\\; C \\\\ D');
    expect(all.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(all.filter((line) => line.startsWith('SUMMARY:'))).toHaveLength(1);
    expect(all.find((line) => line.startsWith('DESCRIPTION:'))).toBe(
      'DESCRIPTION:one\\nEND:VEVENT\\nBEGIN:VEVENT\\nSUMMARY:forged\\n\\nhttps://charity.test/events/an-event/',
    );
  });

  it('drops control characters, and gives an online event no location', () => {
    const all = lines(calendar({ title: 'Bell\u0007 and NUL\u0000', attendance: 'online' }));
    expect(all).toContain('SUMMARY:Bell and NUL');
    expect(all.some((line) => line.startsWith('LOCATION'))).toBe(false);
  });

  it('folds long lines at 75 octets, even in Arabic', () => {
    const text = calendar({ title: 'ورشة عمل '.repeat(30) });
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });
});
