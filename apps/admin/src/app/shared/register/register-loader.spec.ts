import { GraphqlError } from '../../core/graphql/graphql-error';
import { RegisterLoader } from './register-loader';

/** A fetch whose answers the test releases one by one, in any order. */
function controlledFetch() {
  const pending: { asOf: string | null; resolve: (v: string) => void; reject: (e: unknown) => void }[] = [];
  const fetch = (asOf: string | null) => new Promise<string>((resolve, reject) => pending.push({ asOf, resolve, reject }));
  return { fetch, pending };
}

describe('RegisterLoader', () => {
  it('keeps the answer and says whether it is live or as at an instant', async () => {
    const loader = new RegisterLoader(async (asOf) => `register ${asOf ?? 'live'}`);

    await loader.reload();
    expect(loader.value()).toBe('register live');
    expect(loader.historical()).toBe(false);

    await loader.showAsOf('2025-01-01T00:00:00.000Z');
    expect(loader.value()).toBe('register 2025-01-01T00:00:00.000Z');
    expect(loader.historical()).toBe(true);
    expect(loader.loading()).toBe(false);
  });

  it('drops an answer that arrives after a newer request', async () => {
    const { fetch, pending } = controlledFetch();
    const loader = new RegisterLoader(fetch);

    const slowAsOf = loader.showAsOf('2020-01-01T00:00:00.000Z');
    const live = loader.showAsOf(null);
    pending[1].resolve('live');
    await live;
    pending[0].resolve('as at 2020');
    await slowAsOf;

    expect(loader.value()).toBe('live');
    expect(loader.asOf()).toBeNull();
  });

  it('keeps the data of the same instant when a reload fails, but never shows another instant’s data', async () => {
    const { fetch, pending } = controlledFetch();
    const loader = new RegisterLoader(fetch);
    const first = loader.reload();
    pending[0].resolve('live');
    await first;

    const retry = loader.reload();
    pending[1].reject(new GraphqlError('NETWORK_ERROR', 'The server could not be reached.'));
    await retry;
    expect(loader.value()).toBe('live');
    expect(loader.error()?.code).toBe('NETWORK_ERROR');

    const past = loader.showAsOf('2020-01-01T00:00:00.000Z');
    pending[2].reject(new Error('boom'));
    await past;
    expect(loader.value()).toBeNull();
    expect(loader.error()).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', message: 'boom' });
  });

  it('says what a change did once the register shows it, and forgets it for another instant', async () => {
    let version = 0;
    const loader = new RegisterLoader(async () => `register v${++version}`);
    await loader.reload();

    const changed = loader.changed('“Contracts Manager” was proposed.');
    expect(loader.notice()).toBe('');
    await changed;
    expect(loader.value()).toBe('register v2');
    expect(loader.notice()).toBe('“Contracts Manager” was proposed.');

    await loader.showAsOf('2025-01-01T00:00:00.000Z');
    expect(loader.notice()).toBe('');
  });
});
