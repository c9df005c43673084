import { DomainEvent, ProjectionRunner } from '@ledger/event-store-core';
import { commandMetadata } from '@ledger/event-store-core/testing';
import { Stores } from '@ledger/runtime';
import { TEST_STORE_KINDS, openTestStores } from '@ledger/runtime/testing';
import { RISKS, RiskDoc, riskRegisterProjection } from './index';

describe.each(TEST_STORE_KINDS)('risk register projection on %s', (kind) => {
  let stores: Stores;
  let runner: ProjectionRunner;
  let revision = 0;
  beforeEach(async () => {
    stores = await openTestStores(kind);
    runner = new ProjectionRunner(stores.eventStore, stores.readModels, [riskRegisterProjection]);
    revision = 0;
  });
  afterEach(async () => stores.close());

  const record = async (event: DomainEvent) => {
    const result = await stores.eventStore.append('risk-r1', [event], { expectedRevision: revision, command: commandMetadata() });
    revision = result.nextRevision;
    await runner.waitFor(result.position);
  };
  const identified = {
    type: 'RiskIdentified',
    data: {
      riskId: 'r1',
      title: 'Modern slavery in the cleaning supply chain',
      category: 'MODERN_SLAVERY',
      owner: 'Procurement lead',
      inherent: { likelihood: 4, impact: 5 },
      residual: { likelihood: 3, impact: 4 },
      appetite: 'AVERSE',
      treatment: 'TREAT',
      controls: ['PPN 02/23 questions in the SQ'],
      reviewEveryMonths: 3,
      identifiedOn: '2026-01-10',
      nextReviewDue: '2026-04-10',
    },
  };
  const reviewed = (likelihood: number, impact: number, on: string, next: string) => ({
    type: 'RiskReviewed',
    data: { riskId: 'r1', residual: { likelihood, impact }, notes: `Review ${on}`, reviewedOn: on, reviewedBy: 'u1', nextReviewDue: next },
  });

  it('RiskIdentified puts the risk on the register with its first score', async () => {
    await record(identified);
    expect(await stores.readModels.get(RISKS, 'r1')).toMatchObject({ residual: { likelihood: 3, impact: 4 }, nextReviewDue: '2026-04-10', history: [expect.objectContaining({ kind: 'IDENTIFIED', score: 12 })] });
  });

  it('RiskReviewed moves the residual score and the next review, keeping the score history', async () => {
    await record(identified);
    await record(reviewed(2, 4, '2026-04-08', '2026-07-08'));
    await record(reviewed(2, 3, '2026-07-01', '2026-10-01'));
    const risk = (await stores.readModels.get<RiskDoc>(RISKS, 'r1')) as RiskDoc;
    expect(risk.history.map((h) => h.score)).toEqual([12, 8, 6]);
    expect(risk).toMatchObject({ residual: { likelihood: 2, impact: 3 }, nextReviewDue: '2026-10-01', revision: 3 });
  });

  it('rebuilt from the log gives the same register as folded live', async () => {
    await record(identified);
    await record(reviewed(2, 4, '2026-04-08', '2026-07-08'));
    const live = await stores.readModels.list(RISKS);
    await runner.rebuild();
    expect(await stores.readModels.list(RISKS)).toEqual(live);
  });
});
