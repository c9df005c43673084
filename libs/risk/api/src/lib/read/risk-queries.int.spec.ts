import { commandMetadata } from '@ledger/event-store-core/testing';
import { Stores } from '@ledger/runtime';
import { openTestStores } from '@ledger/runtime/testing';
import { ProjectionRegistry, ReadSide } from '@ledger/shared-api';
import { RISK_PROJECTIONS } from '../projections';
import { RiskQueries } from './risk-queries';

// The register's rows are kept while the risks are unchanged (ADR 0035 addendum). Whether a review
// is overdue depends on the day as well: the kept rows must not outlive the day they were made for.
describe('the live risk register across a change of day, with nothing recorded in between', () => {
  let stores: Stores;
  let queries: RiskQueries;
  beforeAll(async () => {
    stores = await openTestStores('sqlite');
    const registry = new ProjectionRegistry();
    registry.register(...RISK_PROJECTIONS);
    const readSide = new ReadSide(stores.eventStore, stores.readModels, registry);
    queries = new RiskQueries(readSide);
    const { position } = await stores.eventStore.append(
      'risk-r1',
      [
        {
          type: 'RiskIdentified',
          data: {
            riskId: 'r1',
            title: 'Single supplier for school meals',
            category: 'SUPPLY_CHAIN',
            owner: 'Procurement lead',
            inherent: { likelihood: 4, impact: 4 },
            residual: { likelihood: 3, impact: 4 },
            appetite: 'CAUTIOUS',
            treatment: 'TREAT',
            controls: ['Second supplier framework'],
            reviewEveryMonths: 3,
            identifiedOn: '2026-01-10',
            nextReviewDue: '2026-04-10',
          },
        },
      ],
      { expectedRevision: 0, command: commandMetadata({ now: new Date('2026-01-10T09:00:00Z') }) },
    );
    await readSide.waitFor(position);
  });
  afterAll(async () => {
    jest.useRealTimers();
    await stores.close();
  });

  /** Only the clock is faked: the stores' timers and promises run as usual. */
  const at = (instant: string) => {
    jest.useFakeTimers({ now: new Date(instant), doNotFake: ['nextTick', 'setImmediate', 'clearImmediate', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'queueMicrotask', 'hrtime', 'performance'] });
  };
  const overdue = async () => (await queries.risks()).map((risk) => risk.overdue);

  it('is not overdue on its review day, and is overdue from the first minute of the next UK day', async () => {
    at('2026-04-10T12:00:00Z');
    expect(await overdue()).toEqual([false]);
    expect(await overdue()).toEqual([false]);
    // 23:30 UTC on 10 April is 00:30 on 11 April in London (BST).
    at('2026-04-10T23:30:00Z');
    expect(await overdue()).toEqual([true]);
  });

  it('judges a register as at an instant by that instant, whatever the day today', async () => {
    at('2026-06-01T12:00:00Z');
    expect((await queries.risks(new Date('2026-04-10T12:00:00Z'))).map((risk) => risk.overdue)).toEqual([false]);
    expect((await queries.risks(new Date('2026-04-12T12:00:00Z'))).map((risk) => risk.overdue)).toEqual([true]);
    expect((await queries.risks(new Date('2026-04-10T12:00:00Z'))).map((risk) => risk.overdue)).toEqual([false]);
  });
});
