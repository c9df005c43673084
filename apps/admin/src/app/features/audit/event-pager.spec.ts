import { eventsFrom } from '../../../testing/audit-fixtures';
import type { EventPage } from './audit.types';
import { prettyData } from './event-data';
import { EventPager } from './event-pager';

/** A page the test answers when it chooses. */
function deferred() {
  let resolve!: (page: EventPage) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<EventPage>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('EventPager', () => {
  it('drops a page that arrives after another source was asked for', async () => {
    const pager = new EventPager();
    const slow = deferred();
    const first = pager.show({ key: 'history', title: 'Slow', fetch: () => slow.promise });
    const second = pager.show({ key: 'person', title: 'Fast', fetch: async () => ({ events: eventsFrom(10, 1), nextFrom: null }) });

    await second;
    slow.resolve({ events: eventsFrom(1, 3), nextFrom: '4' });
    await first;

    expect(pager.source()?.title).toBe('Fast');
    expect(pager.events().map((e) => e.position)).toEqual(['10']);
    expect(pager.nextFrom()).toBeNull();
    expect(pager.loading()).toBe(false);
  });

  it('reports the busy state and error only to the form whose source it is', async () => {
    const pager = new EventPager();
    const history = pager.stateFor('history');
    const person = pager.stateFor('person');
    const pending = deferred();

    const shown = pager.show({ key: 'person', title: 'Sam', fetch: () => pending.promise });
    expect(person.submitting()).toBe(true);
    expect(history.submitting()).toBe(false);
    pending.reject(new Error('boom'));
    await shown;

    expect(person.error()?.message).toBe('boom');
    expect(history.error()).toBeNull();
    expect(pager.moreError()).toBeNull();
  });

  it('asks for nothing more at the end of the log or while a page is loading', async () => {
    const pager = new EventPager();
    const fetch = jest.fn(async (from: string | null) => ({ events: eventsFrom(Number(from ?? 1), 2), nextFrom: from ? null : '3' }));
    await pager.show({ key: 'history', title: 'All', fetch });

    await Promise.all([pager.loadMore(), pager.loadMore()]);
    await pager.loadMore();

    expect(fetch.mock.calls.map(([from]) => from)).toEqual([null, '3']);
    expect(pager.events().map((e) => e.position)).toEqual(['1', '2', '3', '4']);
  });
});

describe('prettyData', () => {
  it('indents JSON, reads "null" as erased, and leaves anything else as sent', () => {
    expect(prettyData('{"a":[1]}')).toBe('{\n  "a": [\n    1\n  ]\n}');
    expect(prettyData('null')).toBeNull();
    expect(prettyData('not json')).toBe('not json');
  });
});
