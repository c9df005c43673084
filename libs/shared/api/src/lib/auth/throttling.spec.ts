import { BoundedWork, SIGN_IN_LIMITS, SignInThrottle, TooManyRequestsError } from './throttling';

describe('sign-in throttle', () => {
  const fail = async (throttle: SignInThrottle, account: string, address: string, times: number) => {
    for (let i = 0; i < times; i++) await throttle.recordFailure(account, address);
  };

  it('locks an account after its failures, for every client address, and says when to retry', async () => {
    const throttle = new SignInThrottle();
    await fail(throttle, 'jo@x.gov.uk', '10.0.0.1', SIGN_IN_LIMITS.account.failures);
    await expect(throttle.assertMayTry('jo@x.gov.uk', '10.0.0.1')).resolves.toBeUndefined();
    await fail(throttle, 'jo@x.gov.uk', '10.0.0.1', 1);
    const refusal = throttle.assertMayTry('jo@x.gov.uk', '10.0.0.2');
    await expect(refusal).rejects.toBeInstanceOf(TooManyRequestsError);
    await expect(refusal).rejects.toMatchObject({ code: 'TOO_MANY_REQUESTS', httpStatus: 429, details: { retryAfterSeconds: SIGN_IN_LIMITS.firstLockSeconds } });
    await expect(throttle.assertMayTry('sam@x.gov.uk', '10.0.0.1')).resolves.toBeUndefined();
  });

  it('locks a client address that tries many accounts', async () => {
    const throttle = new SignInThrottle();
    for (let i = 0; i <= SIGN_IN_LIMITS.address.failures; i++) await throttle.recordFailure(`user${i}@x.gov.uk`, '10.0.0.9');
    await expect(throttle.assertMayTry('someone.new@x.gov.uk', '10.0.0.9')).rejects.toThrow(/Too many failed sign-ins/);
    await expect(throttle.assertMayTry('someone.new@x.gov.uk', '10.0.0.10')).resolves.toBeUndefined();
  });

  it('doubles the lock each time the same account is locked again (back-off)', async () => {
    const throttle = new SignInThrottle();
    const lockSeconds = async () => {
      await fail(throttle, 'jo@x.gov.uk', `10.1.0.${Math.random()}`, SIGN_IN_LIMITS.account.failures + 1);
      const error = await throttle.assertMayTry('jo@x.gov.uk', '10.2.0.1').catch((e: TooManyRequestsError) => e);
      // Lift the lock as time would, keeping the count of locks.
      await (throttle as unknown as { failures: { account: { delete(key: string): Promise<boolean> } } }).failures.account.delete('jo@x.gov.uk');
      return (error as TooManyRequestsError).details['retryAfterSeconds'];
    };
    expect(await lockSeconds()).toBe(60);
    expect(await lockSeconds()).toBe(120);
    expect(await lockSeconds()).toBe(240);
  });

  it('clears an account\'s failures on success, so an occasional typo never adds up to a lock', async () => {
    const throttle = new SignInThrottle();
    for (let round = 0; round < 3; round++) {
      await fail(throttle, 'jo@x.gov.uk', '10.0.0.1', SIGN_IN_LIMITS.account.failures - 1);
      await throttle.recordSuccess('jo@x.gov.uk');
    }
    await expect(throttle.assertMayTry('jo@x.gov.uk', '10.0.0.3')).resolves.toBeUndefined();
  });
});

describe('bounded work', () => {
  it('runs at most `concurrency` at once, queues a few, and refuses the rest at once', async () => {
    const work = new BoundedWork({ concurrency: 2, queue: 2 }, 'busy');
    let running = 0;
    let most = 0;
    const releases: (() => void)[] = [];
    const job = () =>
      work.run(async () => {
        running++;
        most = Math.max(most, running);
        await new Promise<void>((resolve) => releases.push(resolve));
        running--;
        return 'done';
      });
    const accepted = [job(), job(), job(), job()];
    await expect(job()).rejects.toBeInstanceOf(TooManyRequestsError);
    while (releases.length > 0 || running > 0) {
      releases.shift()?.();
      await new Promise((resolve) => setImmediate(resolve));
    }
    await expect(Promise.all(accepted)).resolves.toEqual(['done', 'done', 'done', 'done']);
    expect(most).toBe(2);
  });
});
