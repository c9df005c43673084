import { createHash } from 'node:crypto';
import ical, { ICalEventTransparency } from 'ical-generator';
import { addDays } from '@ledger/shared-domain';
import { CalendarEntry } from './calendar-entries';

export interface CalendarFeedSettings {
  /** Ends every event's UID, so UIDs are unique across servers: the server's host name. */
  uidHost: string;
  /** Where the admin UI is (scheme, host, port): events link into it. Empty: events carry no URL. */
  uiOrigin: string;
  /** The calendar's name as calendar apps show it (X-WR-CALNAME). */
  name: string;
}

/** Characters a UID part keeps as they are; anything else becomes '-'. */
const uidPart = (text: string) => text.replace(/[^A-Za-z0-9._-]/g, '-');

/**
 * The UID of an entry: the same date about the same thing keeps its UID from one poll to the next,
 * so calendar apps update events instead of duplicating them. A free-text detail (a course id, an
 * action's wording) is hashed so the UID stays short and ASCII.
 */
export function calendarEntryUid(entry: CalendarEntry, host: string): string {
  const detail = entry.detail ? `-${createHash('sha256').update(entry.detail, 'utf8').digest('hex').slice(0, 12)}` : '';
  return `${entry.kind.toLowerCase().replace(/_/g, '-')}-${uidPart(entry.subjectId)}${detail}-${entry.date}@${uidPart(host)}`;
}

/**
 * An RFC 5545 calendar of all-day events. Nothing in it comes from the clock: DTSTAMP is the
 * entry's own day (RFC 5545 asks for a UTC date-time; the facts carry no time of recording), so the
 * same facts give the same bytes on every poll.
 */
export function calendarFeedIcs(entries: readonly CalendarEntry[], settings: CalendarFeedSettings): string {
  const calendar = ical({
    name: settings.name,
    prodId: { company: 'Governance Ledger', product: 'Calendar feed', language: 'EN' },
    // Calendar apps that honour it poll hourly (REFRESH-INTERVAL / X-PUBLISHED-TTL).
    ttl: 60 * 60,
  });
  for (const entry of entries) {
    const day = new Date(`${entry.date}T00:00:00Z`);
    calendar.createEvent({
      id: calendarEntryUid(entry, settings.uidHost),
      allDay: true,
      start: day,
      end: new Date(`${addDays(entry.date, 1)}T00:00:00Z`),
      stamp: day,
      summary: entry.summary,
      url: settings.uiOrigin ? `${settings.uiOrigin}${entry.path}` : null,
      // A date to act on, not a meeting: it does not make the person look busy.
      transparency: ICalEventTransparency.TRANSPARENT,
    });
  }
  return calendar.toString();
}
