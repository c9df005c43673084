import { RecordedEvent } from './envelope';
import { AppendResult, ReadAllOptions, ReadStreamOptions } from './event-store';

/**
 * Idempotency by commandId: if the stream already holds events of this command, the append is a
 * retry and answers with the original result.
 */
export function findCommandResult(stream: readonly RecordedEvent[], commandId: string): AppendResult | undefined {
  const applied = stream.filter((event) => event.metadata.commandId === commandId);
  const last = applied.at(-1);
  return last && { nextRevision: last.revision, position: last.position, idempotent: true };
}

export function inRevisionRange(event: RecordedEvent, { fromRevision, toRevision }: ReadStreamOptions): boolean {
  return (fromRevision === undefined || event.revision >= fromRevision) && (toRevision === undefined || event.revision <= toRevision);
}

export function matchesReadAll(event: RecordedEvent, { from, to, until }: ReadAllOptions): boolean {
  return (
    (from === undefined || event.position >= from) &&
    (to === undefined || event.position <= to) &&
    (until === undefined || new Date(event.metadata.recordedAt).getTime() <= until.getTime())
  );
}
