import { roleLabel } from '../../core/auth/user';
import type { RecordedEvent } from './audit.types';

/**
 * An event's data for reading: JSON indented two spaces; null when the person's personal data
 * was erased (the API sends "null"); the text as sent if it is not JSON.
 */
export function prettyData(data: string): string | null {
  try {
    const parsed: unknown = JSON.parse(data);
    return parsed === null ? null : JSON.stringify(parsed, null, 2);
  } catch {
    return data;
  }
}

/** "procurement-1a2b…@3": the stream and the event's revision in it. */
export function streamAt(event: Pick<RecordedEvent, 'streamId' | 'revision'>): string {
  return `${event.streamId}@${event.revision}`;
}

/** The roles the actor held when they acted, as people read them: "Admin, Auditor". */
export function actorRoles(event: Pick<RecordedEvent, 'actorRoles'>): string {
  return event.actorRoles.map(roleLabel).join(', ');
}
