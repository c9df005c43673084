import { Signal, computed, effect, inject, signal, untracked } from '@angular/core';

import { AsAtInstant } from '../../core/as-at/as-at-instant';
import { GraphqlError, asGraphqlError } from '../../core/graphql/graphql-error';

/** A page's loader follows the address's "as at" instant; one made outside a page (a unit test) keeps its own. */
function addressInstant(): Signal<string | null> | null {
  try {
    return inject(AsAtInstant).asOf;
  } catch {
    // Outside an injection context (Angular has no public test for one): nothing to follow.
    return null;
  }
}

/**
 * Loads one register, live or as at an instant, and keeps the latest answer in signals. Made on a
 * page, it follows the instant in the address (AsAtInstant): changing the address reloads it. An
 * answer that arrives after a newer request was made is dropped, so a slow as-of query cannot
 * overwrite the live data the user went back to.
 */
export class RegisterLoader<T> {
  private readonly current = signal<{ asOf: string | null; value: T } | null>(null);
  private readonly failure = signal<GraphqlError | null>(null);
  private readonly pending = signal(false);
  private readonly requestedAsOf = signal<string | null>(null);
  private readonly message = signal('');
  private latest = 0;

  /** The instant shown, or null for live data. */
  readonly asOf = this.requestedAsOf.asReadonly();
  readonly historical = computed(() => this.requestedAsOf() !== null);
  readonly value = computed(() => this.current()?.value ?? null);
  readonly error = this.failure.asReadonly();
  readonly loading = this.pending.asReadonly();
  /** What the user's last change did ("… was proposed."), shown once the register shows it. */
  readonly notice = this.message.asReadonly();

  constructor(
    private readonly fetch: (asOf: string | null) => Promise<T>,
    // A fetch that takes no instant (a list of names) has nothing to follow.
    instant: Signal<string | null> | null = fetch.length > 0 ? addressInstant() : null,
  ) {
    if (instant) {
      let followed = instant();
      this.requestedAsOf.set(followed);
      effect(() => {
        const asOf = instant();
        if (asOf !== followed) {
          followed = asOf;
          untracked(() => void this.showAsOf(asOf));
        }
      });
    }
  }

  showAsOf(asOf: string | null): Promise<void> {
    this.requestedAsOf.set(asOf);
    this.message.set('');
    return this.reload();
  }

  /** After a command the API accepted: reloads, then says what changed. */
  async changed(notice: string): Promise<void> {
    await this.reload();
    this.message.set(notice);
  }

  clearNotice(): void {
    this.message.set('');
  }

  async reload(): Promise<void> {
    const ticket = ++this.latest;
    const asOf = this.requestedAsOf();
    this.pending.set(true);
    try {
      const value = await this.fetch(asOf);
      if (ticket === this.latest) {
        this.current.set({ asOf, value });
        this.failure.set(null);
      }
    } catch (error) {
      if (ticket === this.latest) {
        this.failure.set(asGraphqlError(error));
        // Never show live data under an "as at" banner, or the reverse.
        if (this.current()?.asOf !== asOf) {
          this.current.set(null);
        }
      }
    } finally {
      if (ticket === this.latest) {
        this.pending.set(false);
      }
    }
  }
}

/** A register page's loader, already loading (live data) as the page opens. */
export function loadRegister<T>(fetch: (asOf: string | null) => Promise<T>): RegisterLoader<T> {
  const register = new RegisterLoader(fetch);
  void register.reload();
  return register;
}
