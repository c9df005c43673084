import { UniquenessGuard } from './uniqueness-guard';

describe('uniqueness guard', () => {
  it('runs work for the same key one at a time, in arrival order, even when one fails', async () => {
    const guard = new UniquenessGuard();
    const log: string[] = [];
    const step = (name: string, ms: number, fail = false) =>
      guard.exclusively('email:jo@example.gov.uk', async () => {
        log.push(`start ${name}`);
        await new Promise((resolve) => setTimeout(resolve, ms));
        log.push(`end ${name}`);
        if (fail) throw new Error(name);
        return name;
      });
    const results = await Promise.allSettled([step('a', 20, true), step('b', 5), step('c', 1)]);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled', 'fulfilled']);
  });

  it('lets different keys run side by side', async () => {
    const guard = new UniquenessGuard();
    const log: string[] = [];
    await Promise.all(
      ['x', 'y'].map((key) =>
        guard.exclusively(key, async () => {
          log.push(`start ${key}`);
          await new Promise((resolve) => setTimeout(resolve, 5));
          log.push(`end ${key}`);
        }),
      ),
    );
    expect(log.slice(0, 2)).toEqual(['start x', 'start y']);
  });
});
