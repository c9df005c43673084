import { Injectable } from '@nestjs/common';

/**
 * Serialises commands that must not race on a unique value (a staff email, a competency name):
 * the check against the read model and the write that follows run one at a time per value, and the
 * read models have caught up before the next check. This holds within one process only: across
 * instances the store decides, by a reservation stream per value (UniqueValues, ADR 0021); this
 * guard keeps a process's own duplicates to the cheap read-model check.
 */
@Injectable()
export class UniquenessGuard {
  private readonly tails = new Map<string, Promise<unknown>>();

  async exclusively<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const run = previous.catch(() => undefined).then(work);
    const tail = run.catch(() => undefined);
    this.tails.set(key, tail);
    try {
      return await run;
    } finally {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }
}
