import { EventStore } from './event-store';
import { GENESIS_HASH } from './envelope';
import { hashEvent } from './hash-chain';
import { recordedStore } from './upcasting';

export interface VerificationReport {
  ok: boolean;
  eventsChecked: number;
  /** Global position of the first event whose hash, link or revision does not check out. */
  firstBrokenPosition: bigint | null;
  reason: string | null;
}

export interface VerifyOptions {
  pageSize?: number;
  onProgress?: (eventsChecked: number) => void;
}

/**
 * Walks the whole log in global order and re-derives every stream's hash chain. An altered event
 * fails its own hash; a deleted one breaks the revision sequence or the link of the next event.
 */
export async function verifyEventLog(anyStore: EventStore, options: VerifyOptions = {}): Promise<VerificationReport> {
  const store = recordedStore(anyStore);
  const pageSize = options.pageSize ?? 1000;
  const heads = new Map<string, { revision: number; hash: string }>();
  let eventsChecked = 0;
  let from = 0n;
  for (;;) {
    const page = await store.readAll({ from, limit: pageSize });
    for (const event of page) {
      const head = heads.get(event.streamId) ?? { revision: 0, hash: GENESIS_HASH };
      const broken = (reason: string): VerificationReport => ({
        ok: false,
        eventsChecked,
        firstBrokenPosition: event.position,
        reason: `${event.streamId}@${event.revision}: ${reason}`,
      });
      if (event.revision !== head.revision + 1) {
        return broken(`revision ${event.revision} follows ${head.revision}: an event is missing or out of place`);
      }
      if (event.metadata.prevHash !== head.hash) {
        return broken('does not link to the previous event of its stream');
      }
      if (hashEvent(head.hash, event) !== event.metadata.hash) {
        return broken('content does not match its hash: the event was altered');
      }
      heads.set(event.streamId, { revision: event.revision, hash: event.metadata.hash });
      eventsChecked += 1;
    }
    options.onProgress?.(eventsChecked);
    if (page.length < pageSize) break;
    from = page[page.length - 1].position + 1n;
  }
  return { ok: true, eventsChecked, firstBrokenPosition: null, reason: null };
}
