import { Signal, computed, signal } from '@angular/core';

import { GraphqlError, asGraphqlError } from '../../core/graphql/graphql-error';
import type { EventPage, RecordedEvent } from './audit.types';

/** What a list of events shows: the decision history under a filter, or one timeline. */
export interface EventSource {
  /** Which form asked for it, so that only that form shows it is busy or failed. */
  readonly key: string;
  /** What the table's caption says it shows. */
  readonly title: string;
  /** One page, from the cursor given (null: the first page). */
  readonly fetch: (from: string | null) => Promise<EventPage>;
}

/** What a form shares with its {@link FormShell}: its button is busy while its source loads, and its error. */
export interface SourceState {
  readonly disabled: () => boolean;
  readonly submitting: Signal<boolean>;
  readonly error: Signal<GraphqlError | null>;
}

/**
 * The events one source yields, a page at a time: `show` starts afresh, `loadMore` appends the
 * next page from the cursor the API returned. An answer that arrives after the user asked for
 * something else is dropped, so a slow page cannot land under another filter.
 */
export class EventPager {
  private readonly current = signal<EventSource | null>(null);
  private readonly list = signal<readonly RecordedEvent[]>([]);
  private readonly cursor = signal<string | null>(null);
  private readonly busy = signal<'first' | 'more' | null>(null);
  private readonly failure = signal<{ during: 'first' | 'more'; error: GraphqlError } | null>(null);
  private readonly chosen = signal<string | null>(null);
  private latest = 0;

  readonly source = this.current.asReadonly();
  readonly events = this.list.asReadonly();
  /** The cursor for "Load more"; null once the end of the log was reached. */
  readonly nextFrom = this.cursor.asReadonly();
  readonly loading = computed(() => this.busy() === 'first');
  readonly loadingMore = computed(() => this.busy() === 'more');
  /** Why the first page could not be had (the table is not shown then). */
  readonly error = computed(() => this.failureDuring('first'));
  /** Why the next page could not be had (what was shown stays). */
  readonly moreError = computed(() => this.failureDuring('more'));
  /** The event whose details are open. */
  readonly selected = computed(() => this.list().find((event) => event.position === this.chosen()) ?? null);

  async show(source: EventSource): Promise<void> {
    const ticket = ++this.latest;
    this.current.set(source);
    this.list.set([]);
    this.cursor.set(null);
    this.chosen.set(null);
    await this.load(ticket, 'first', null);
  }

  async loadMore(): Promise<void> {
    const from = this.cursor();
    if (from === null || this.busy() !== null) {
      return;
    }
    await this.load(++this.latest, 'more', from);
  }

  select(event: RecordedEvent | null): void {
    this.chosen.set(event?.position ?? null);
  }

  /** The state of the form that asks for sources under `key`. */
  stateFor(key: string): SourceState {
    const mine = () => this.current()?.key === key;
    return {
      disabled: () => false,
      submitting: computed(() => mine() && this.loading()),
      error: computed(() => (mine() ? this.error() : null)),
    };
  }

  private failureDuring(during: 'first' | 'more'): GraphqlError | null {
    const failure = this.failure();
    return failure?.during === during ? failure.error : null;
  }

  private async load(ticket: number, during: 'first' | 'more', from: string | null): Promise<void> {
    const source = this.current();
    if (!source) {
      return;
    }
    this.busy.set(during);
    this.failure.set(null);
    try {
      const page = await source.fetch(from);
      if (ticket === this.latest) {
        this.list.update((events) => [...events, ...page.events]);
        this.cursor.set(page.nextFrom);
      }
    } catch (error) {
      if (ticket === this.latest) {
        this.failure.set({ during, error: asGraphqlError(error) });
      }
    } finally {
      if (ticket === this.latest) {
        this.busy.set(null);
      }
    }
  }
}
