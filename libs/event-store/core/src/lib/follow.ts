import { EventStore } from './event-store';
import { RecordedEvent } from './envelope';

export interface FollowOptions {
  /** Start after this position (exclusive); 0n follows from the beginning. */
  after?: bigint;
  pageSize?: number;
  /** How long to wait for news from other processes before reading again. */
  pollIntervalMs?: number;
  signal?: AbortSignal;
}

/**
 * Follows the global log: yields every committed event once, in position order, and waits for
 * more. Appends in this process wake it at once; other writers are seen at the next poll.
 */
export async function* followLog(store: EventStore, options: FollowOptions = {}): AsyncGenerator<RecordedEvent> {
  const pageSize = options.pageSize ?? 500;
  let after = options.after ?? 0n;
  for await (const _ of logChanges(store, options)) {
    // Every page up to the head, then wait for news.
    for (;;) {
      const page = await store.readAll({ from: after + 1n, limit: pageSize });
      for (const event of page) {
        after = event.position;
        yield event;
      }
      if (page.length < pageSize || options.signal?.aborted) break;
    }
  }
}

/**
 * Yields at once, then after each append in this process (at once) or, when none comes, every
 * `pollIntervalMs` (other writers' appends), until the signal aborts. For a follower that reads
 * the log itself: an append made while it works is remembered, so it runs again straight after.
 */
export async function* logChanges(store: EventStore, options: Pick<FollowOptions, 'pollIntervalMs' | 'signal'> = {}): AsyncGenerator<void> {
  const pollIntervalMs = options.pollIntervalMs ?? 250;
  let appended = true;
  let wake: (() => void) | undefined;
  const unsubscribe = store.onAppended(() => {
    appended = true;
    wake?.();
  });
  const onAbort = () => wake?.();
  options.signal?.addEventListener('abort', onAbort);
  try {
    while (!options.signal?.aborted) {
      if (!appended) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, pollIntervalMs);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        wake = undefined;
        if (options.signal?.aborted) return;
      }
      appended = false;
      yield;
    }
  } finally {
    unsubscribe();
    options.signal?.removeEventListener('abort', onAbort);
  }
}
