import { Injectable } from '@nestjs/common';

/**
 * Serialises commands that must not race on a unique value (a staff email, a competency name):
 * the check against the read model and the write that follows run one at a time per value, and the
 * read models have caught up before the next check. This holds within one process, which is how
 * the API runs; two processes writing the same new value at the same instant are not covered.
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
