import { DomainEvent, ProjectionRunner } from '@ledger/event-store-core';
import { commandMetadata } from '@ledger/event-store-core/testing';
import { ContractCommand, ContractState, DEFAULT_VARIATION_POLICY, SocialValueMeasureFacts, contractDecider, contractStreamId, socialValueMeasureStreamId } from '@ledger/contracts-domain';
import { Stores } from '@ledger/runtime';
import { TEST_STORE_KINDS, openTestStores } from '@ledger/runtime/testing';
import { CONTRACTS, CONTRACTS_PROJECTIONS, ContractDoc, SOCIAL_VALUE_MEASURES, deliveryReportKey, kpiReportKey } from './index';

// The events come from the contract's own decider, so the register folds what the product records.
const NOW = new Date('2026-11-30T12:00:00Z');
const LEAD = { now: NOW, actorId: 'user-lead', actorRoles: ['PROCUREMENT_LEAD'] };
const APPRENTICESHIPS: SocialValueMeasureFacts = { measureId: 'm1', theme: 'Tackling economic inequality', outcome: 'Apprenticeships', unit: 'weeks', proxyValuePerUnit: 250, retired: false };

describe.each(TEST_STORE_KINDS)('contracts projections on %s', (kind) => {
  let stores: Stores;
  let runner: ProjectionRunner;
  let state: ContractState;
  let revision: number;

  beforeEach(async () => {
    stores = await openTestStores(kind);
    runner = new ProjectionRunner(stores.eventStore, stores.readModels, CONTRACTS_PROJECTIONS);
    state = contractDecider.initialState();
    revision = 0;
  });
  afterEach(async () => stores.close());

  const send = async (command: ContractCommand) => {
    const events = contractDecider.decide(command, state, LEAD);
    const result = await stores.eventStore.append(contractStreamId('c1'), events, { expectedRevision: revision, command: commandMetadata({ now: NOW }) });
    state = events.reduce(contractDecider.evolve, state);
    revision = result.nextRevision;
    await runner.waitFor(result.position);
  };
  const contract = async () => (await stores.readModels.get<ContractDoc>(CONTRACTS, 'c1')) as ContractDoc;
  const award: ContractCommand = {
    type: 'AwardContract',
    contractId: 'c1',
    procurementId: 'p1',
    supplierName: 'Acme Ltd',
    awardedValue: 300_000,
    startDate: '2025-01-01',
    endDate: '2027-12-31',
    extensionMonthsAvailable: 12,
    socialValueWeightingPercent: 10,
    procurement: { title: 'Highways maintenance', requiredGateways: ['G2_PROCUREMENT_STRATEGY', 'G3_AWARD'], passedGateways: ['G2_PROCUREMENT_STRATEGY', 'G3_AWARD'] },
  };
  const vary = (variationId: string, valueChange: number): ContractCommand => ({ type: 'VaryContract', variationId, description: variationId, valueChange, reason: 'Scope', policyVersion: 1, policy: DEFAULT_VARIATION_POLICY });

  it('ContractAwarded puts the contract on the register with the award instant and the gateways checked', async () => {
    await send(award);
    expect(await contract()).toMatchObject({
      id: 'c1',
      procurementId: 'p1',
      awardedAt: expect.any(String),
      gatewaysPassed: ['G2_PROCUREMENT_STRATEGY', 'G3_AWARD'],
      revision: 1,
      contract: { status: 'ACTIVE', title: 'Highways maintenance', awardedValue: 300_000 },
    });
  });

  it('keeps the award date the award states; an award without one (or recorded before award dates existed) is dated the day it was recorded', async () => {
    await send({ ...award, awardedOn: '2024-12-02' } as ContractCommand);
    expect(await contract()).toMatchObject({ awardedOn: '2024-12-02', contract: { awardedOn: '2024-12-02' } });

    // An award event as recorded before the field existed: no awardedOn at all.
    const [older] = contractDecider.decide({ ...award, contractId: 'c2' } as ContractCommand, contractDecider.initialState(), LEAD);
    const { awardedOn: _absent, ...data } = older.data as Record<string, unknown>;
    void _absent;
    const result = await stores.eventStore.append(contractStreamId('c2'), [{ type: older.type, data }], { expectedRevision: 0, command: commandMetadata({ now: NOW }) });
    await runner.waitFor(result.position);
    expect(await stores.readModels.get<ContractDoc>(CONTRACTS, 'c2')).toMatchObject({ awardedOn: '2026-11-30', contract: { awardedOn: null } });
  });

  it('variations keep their status, policy version and decision; a termination lapses the pending one', async () => {
    await send(award);
    await send(vary('v1', 50_000));
    await send({ type: 'ApproveContractVariation', variationId: 'v1', note: 'Budget confirmed' });
    await send(vary('v2', 60_000));
    await send({ type: 'TerminateContract', reason: 'Supplier insolvent' });
    const doc = await contract();
    expect(doc.contract.variations.map((v) => v.status)).toEqual(['APPROVED', 'LAPSED']);
    expect(doc.variations['v1']).toMatchObject({ policyVersion: 1, decidedBy: 'user-lead', decisionNote: 'Budget confirmed', approvalRequiredBecause: expect.stringContaining('10%') });
    expect(doc).toMatchObject({ closeReason: 'Supplier insolvent', revision: 5, contract: { status: 'TERMINATED' } });
  });

  it('KPI reports and social value deliveries keep who reported when, and a correction its reason', async () => {
    await send(award);
    await send({ type: 'AddKpi', kpiId: 'k1', name: 'Repairs on time', target: '95%' });
    await send({ type: 'ReportKpi', kpiId: 'k1', period: '2025-Q3', rating: 'GREEN', note: '', actorStaffMemberId: null });
    await send({ type: 'CorrectKpiReport', kpiId: 'k1', period: '2025-Q3', rating: 'RED', note: 'Misreported', reason: 'Figures were wrong', actorStaffMemberId: null });
    await send({ type: 'CommitSocialValue', commitmentId: 's1', measureId: 'm1', committedQuantity: 40, measure: APPRENTICESHIPS });
    await send({ type: 'ReportSocialValueDelivery', commitmentId: 's1', period: '2025-Q4', quantity: 10, evidence: 'Payroll', actorStaffMemberId: null });
    const doc = await contract();
    expect(doc.contract.kpis[0].reports['2025-Q3']).toEqual({ rating: 'RED', note: 'Misreported' });
    expect(doc.reports[kpiReportKey('k1', '2025-Q3')]).toMatchObject({ reportedBy: 'user-lead', correctionReason: 'Figures were wrong' });
    expect(doc.reports[deliveryReportKey('s1', '2025-Q4')]).toMatchObject({ reportedBy: 'user-lead', correctionReason: null });
    expect(doc.contract.commitments[0]).toMatchObject({ proxyValuePerUnit: 250, deliveries: { '2025-Q4': { quantity: 10, evidence: 'Payroll' } } });
  });

  it('social value measures are defined and retired', async () => {
    const defined: DomainEvent = { type: 'SocialValueMeasureDefined', data: { measureId: 'm1', theme: 'Wellbeing', outcome: 'Volunteering', unit: 'hours', proxyValuePerUnit: null, definedBy: 'user-lead' } };
    const retired: DomainEvent = { type: 'SocialValueMeasureRetired', data: { measureId: 'm1', reason: 'Replaced', retiredBy: 'user-lead' } };
    const result = await stores.eventStore.append(socialValueMeasureStreamId('m1'), [defined, retired], { expectedRevision: 0, command: commandMetadata({ now: NOW }) });
    await runner.waitFor(result.position);
    expect(await stores.readModels.get(SOCIAL_VALUE_MEASURES, 'm1')).toMatchObject({ outcome: 'Volunteering', proxyValuePerUnit: null, retired: true, retiredReason: 'Replaced', revision: 2 });
  });

  it('rebuilt from the log gives the same register as folded live', async () => {
    await send(award);
    await send(vary('v1', 10_000));
    await send({ type: 'AddKpi', kpiId: 'k1', name: 'Repairs on time', target: '95%' });
    const live = await stores.readModels.list(CONTRACTS);
    await runner.rebuild();
    expect(await stores.readModels.list(CONTRACTS)).toEqual(live);
  });
});
