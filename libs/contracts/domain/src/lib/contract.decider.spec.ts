import { ForbiddenError, InvalidInputError, NotFoundError, RuleViolationError } from '@ledger/domain-kernel';
import { DeciderSpecification } from '@ledger/domain-kernel/testing';
import { Gateway, PeopleStatuses } from '@ledger/shared-domain';
import {
  AwardContract,
  AwardingProcurementFacts,
  ContractCommand,
  ContractEvent,
  ContractTerms,
  VaryContract,
  contractDecider,
  contractStreamId,
  currentValue,
  gatewaysOutstandingForAward,
} from './contract';
import { SocialValueMeasureFacts } from './social-value-measure';
import { DEFAULT_VARIATION_POLICY, VariationPolicyRules } from './variation-policy';

// Today is Thursday 15 January 2026 (2026-Q1) for every case unless it says otherwise.
const NOW = new Date('2026-01-15T09:00:00Z');
const spec = DeciderSpecification(contractDecider, { now: NOW, actorId: 'lead-1', actorRoles: ['PROCUREMENT_LEAD'] });
/** A contract manager's user: the handler found they are staff member sm-1. */
const AS_MANAGER = { actorId: 'user-sm-1', actorRoles: ['CONTRACT_MANAGER'] };
const AS_AUDITOR = { actorId: 'auditor-1', actorRoles: ['AUDITOR'] };

const G1: Gateway = 'G1_BUSINESS_CASE';
const G2: Gateway = 'G2_PROCUREMENT_STRATEGY';
const G3: Gateway = 'G3_AWARD';
const G4: Gateway = 'G4_CONTRACT_MOBILISATION';
const G5: Gateway = 'G5_POST_CONTRACT_REVIEW';

// ---- commands ----
const procurement = (overrides: Partial<AwardingProcurementFacts> = {}): AwardingProcurementFacts => ({
  title: 'Highways maintenance framework',
  requiredGateways: [G2, G3],
  passedGateways: [G2, G3],
  ...overrides,
});
const award = (overrides: Partial<AwardContract> = {}): AwardContract => ({
  type: 'AwardContract',
  contractId: 'c1',
  procurementId: 'pr1',
  supplierName: '  Fenland Roads Ltd ',
  awardedValue: 300_000,
  startDate: '2025-04-01',
  endDate: '2027-03-31',
  extensionMonthsAvailable: 12,
  socialValueWeightingPercent: 10,
  procurement: procurement(),
  ...overrides,
});
const registered = (ids: string[]): PeopleStatuses => Object.fromEntries(ids.map((id) => [id, 'REGISTERED']));
const assign = (staffMemberId = 'sm-1', people: PeopleStatuses = registered([staffMemberId])): ContractCommand => ({ type: 'AssignContractManager', staffMemberId, people });
const vary = (valueChange: number, overrides: Partial<VaryContract> = {}): VaryContract => ({
  type: 'VaryContract',
  variationId: 'v1',
  description: ' Add winter gritting of two cycle routes ',
  valueChange,
  reason: ' Council motion of 3 December ',
  policyVersion: 1,
  policy: DEFAULT_VARIATION_POLICY,
  ...overrides,
});
const reportKpi = (overrides: Partial<Extract<ContractCommand, { type: 'ReportKpi' }>> = {}): ContractCommand => ({
  type: 'ReportKpi',
  kpiId: 'k1',
  period: '2025-Q4',
  rating: 'GREEN',
  note: '',
  actorStaffMemberId: 'sm-1',
  ...overrides,
});
const measure = (overrides: Partial<SocialValueMeasureFacts> = {}): SocialValueMeasureFacts => ({
  measureId: 'm1',
  theme: 'Tackling economic inequality',
  outcome: 'Apprenticeships for local people',
  unit: 'apprenticeship weeks',
  proxyValuePerUnit: 250,
  retired: false,
  ...overrides,
});
const commit = (overrides: Partial<Extract<ContractCommand, { type: 'CommitSocialValue' }>> = {}): ContractCommand => ({
  type: 'CommitSocialValue',
  commitmentId: 'sv1',
  measureId: 'm1',
  committedQuantity: 104,
  measure: measure(),
  ...overrides,
});
const reportDelivery = (overrides: Partial<Extract<ContractCommand, { type: 'ReportSocialValueDelivery' }>> = {}): ContractCommand => ({
  type: 'ReportSocialValueDelivery',
  commitmentId: 'sv1',
  period: '2025-Q4',
  quantity: 12,
  evidence: ' Payroll extract for two apprentices ',
  actorStaffMemberId: 'sm-1',
  ...overrides,
});
const saving = (overrides: Partial<Extract<ContractCommand, { type: 'RecordSavingOrBenefit' }>> = {}): ContractCommand => ({
  type: 'RecordSavingOrBenefit',
  entryId: 'sb1',
  kind: 'SAVING',
  stage: 'DELIVERED',
  amount: 12_500,
  period: '2025-Q4',
  note: ' Shared depot with the county ',
  actorStaffMemberId: 'sm-1',
  ...overrides,
});

// ---- events ----
const TERMS: ContractTerms = {
  supplierName: 'Fenland Roads Ltd',
  supplierDetails: { companyNumber: null, postcode: null, sme: null, vcse: null },
  awardedValue: 300_000,
  startDate: '2025-04-01',
  endDate: '2027-03-31',
  extensionMonthsAvailable: 12,
  noticePeriodDays: null,
  socialValueWeightingPercent: 10,
};
const awardedWith = (terms: Partial<ContractTerms> = {}): ContractEvent => ({
  type: 'ContractAwarded',
  data: { contractId: 'c1', procurementId: 'pr1', title: 'Highways maintenance framework', ...TERMS, ...terms, awardedOn: null, gatewaysPassed: [G2, G3], awardedBy: 'lead-1' },
});
const awarded = awardedWith();
const managerAssigned = (staffMemberId = 'sm-1'): ContractEvent => ({ type: 'ContractManagerAssigned', data: { contractId: 'c1', staffMemberId, assignedBy: 'lead-1' } });
const varied = (variationId: string, valueChange: number, approvalRequiredBecause: string | null = null, policy: VariationPolicyRules = DEFAULT_VARIATION_POLICY): ContractEvent => ({
  type: 'ContractVaried',
  data: { contractId: 'c1', variationId, description: 'Change', valueChange, reason: 'Needed', approvalRequiredBecause, policyVersion: 1, policy, recordedBy: 'lead-1' },
});
const approved = (variationId: string): ContractEvent => ({ type: 'ContractVariationApproved', data: { contractId: 'c1', variationId, note: null, approvedBy: 'lead-1' } });
const rejected = (variationId: string): ContractEvent => ({ type: 'ContractVariationRejected', data: { contractId: 'c1', variationId, reason: 'Not value for money', rejectedBy: 'lead-1' } });
const endedWith = (lapsedVariationIds: string[] = []): ContractEvent => ({
  type: 'ContractEnded',
  data: { contractId: 'c1', reason: 'Service brought in house', effectiveOn: '2026-01-15', lapsedVariationIds, recordedBy: 'lead-1' },
});
const ended = endedWith();
const terminated: ContractEvent = { type: 'ContractTerminated', data: { contractId: 'c1', reason: 'Supplier insolvent', effectiveOn: '2026-01-15', lapsedVariationIds: [], recordedBy: 'lead-1' } };
const kpiAddedFrom = (firstPeriod: string): ContractEvent => ({
  type: 'KpiAdded',
  data: { contractId: 'c1', kpiId: 'k1', name: 'Potholes repaired within 28 days', target: '95%', firstPeriod, addedBy: 'lead-1' },
});
const kpiAdded = kpiAddedFrom('2025-Q2');
const kpiReported = (period = '2025-Q4'): ContractEvent => ({
  type: 'KpiReported',
  data: { contractId: 'c1', kpiId: 'k1', period, rating: 'GREEN', note: '', reportedBy: 'user-sm-1', reportedByStaffMemberId: 'sm-1' },
});
const committedFrom = (firstPeriod: string): ContractEvent => ({
  type: 'SocialValueCommitted',
  data: {
    contractId: 'c1',
    commitmentId: 'sv1',
    measureId: 'm1',
    theme: 'Tackling economic inequality',
    outcome: 'Apprenticeships for local people',
    unit: 'apprenticeship weeks',
    proxyValuePerUnit: 250,
    committedQuantity: 104,
    firstPeriod,
    committedBy: 'lead-1',
  },
});
const committed = committedFrom('2025-Q2');
const delivered = (period = '2025-Q4', quantity = 12): ContractEvent => ({
  type: 'SocialValueDeliveryReported',
  data: { contractId: 'c1', commitmentId: 'sv1', period, quantity, evidence: 'Payroll', reportedBy: 'user-sm-1', reportedByStaffMemberId: 'sm-1' },
});

const managed = [awarded, managerAssigned()];

describe('contract decider', () => {
  it('lives in its own stream', () => {
    expect(contractStreamId('c1')).toBe('contract-c1');
  });

  describe('awarding a contract from a procurement', () => {
    it('awards it with its terms, the procurement title, and the gateways it was checked against, recording who awarded it', () => {
      spec.given([]).when(award()).then([awarded]);
    });

    it('records the supplier details given, normalised, and the notice period', () => {
      spec
        .given([])
        .when(award({ supplierDetails: { companyNumber: ' 01234567 ', postcode: 'pe29 3tn', sme: true }, noticePeriodDays: 180 }))
        .then([
          expect.objectContaining({
            data: expect.objectContaining({ supplierDetails: { companyNumber: '01234567', postcode: 'PE29 3TN', sme: true, vcse: null }, noticePeriodDays: 180 }),
          }),
        ]);
    });

    it('refuses the award before the award gateway passed, naming what is outstanding', () => {
      spec
        .given([])
        .when(award({ procurement: procurement({ passedGateways: [G2] }) }))
        .thenThrows(RuleViolationError, /every gateway its procurement requires up to G3_AWARD has passed: G3_AWARD not passed yet/);
    });

    it('refuses the award while an earlier required gateway has not passed', () => {
      spec
        .given([])
        .when(award({ procurement: procurement({ requiredGateways: [G1, G2, G3, G4, G5], passedGateways: [G2, G3] }) }))
        .thenThrows(RuleViolationError, /G1_BUSINESS_CASE not passed yet/);
    });

    it('does not wait for the gateways after award (mobilisation, post-contract review)', () => {
      spec
        .given([])
        .when(award({ procurement: procurement({ requiredGateways: [G1, G2, G3, G4, G5], passedGateways: [G1, G2, G3] }) }))
        .then([expect.objectContaining({ data: expect.objectContaining({ gatewaysPassed: [G1, G2, G3] }) })]);
    });

    it('awards a procurement whose policy requires no gateway at all (below every threshold)', () => {
      spec
        .given([])
        .when(award({ procurement: procurement({ requiredGateways: [], passedGateways: [] }) }))
        .then([expect.objectContaining({ data: expect.objectContaining({ gatewaysPassed: [] }) })]);
    });

    it('refuses an award from a procurement that does not exist', () => {
      spec.given([]).when(award({ procurement: null })).thenThrows(NotFoundError, /No procurement pr1/);
    });

    it('refuses to award the same contract twice', () => {
      spec.given([awarded]).when(award()).thenThrows(RuleViolationError, /Contract c1 was already awarded/);
    });

    it.each([
      [{ supplierName: '  ' }, /supplierName must not be empty/],
      [{ awardedValue: 0 }, /awardedValue must be an amount in pounds, more than 0/],
      [{ awardedValue: -5 }, /awardedValue must be an amount in pounds, more than 0/],
      [{ awardedValue: Number.NaN }, /awardedValue must be an amount in pounds/],
      [{ startDate: '2025-02-30' }, /startDate must be a date written YYYY-MM-DD/],
      [{ endDate: '2025-04-01' }, /endDate must be after startDate/],
      [{ endDate: '2025-03-01' }, /endDate must be after startDate/],
      [{ extensionMonthsAvailable: -1 }, /extensionMonthsAvailable must be a whole number from 0 to 600/],
      [{ extensionMonthsAvailable: 1.5 }, /extensionMonthsAvailable must be a whole number/],
      [{ socialValueWeightingPercent: -1 }, /socialValueWeightingPercent must be from 0 to 100/],
      [{ socialValueWeightingPercent: 100.5 }, /socialValueWeightingPercent must be from 0 to 100/],
      [{ noticePeriodDays: -30 }, /noticePeriodDays must be a whole number from 0 to 3650/],
    ] as [Partial<AwardContract>, RegExp][])('refuses %p as bad input', (overrides, message) => {
      spec.given([]).when(award(overrides)).thenThrows(InvalidInputError, message);
    });

    it('accepts a weighting of 0 (social value not applied) and no extension months', () => {
      spec
        .given([])
        .when(award({ socialValueWeightingPercent: 0, extensionMonthsAvailable: 0 }))
        .then([expect.objectContaining({ data: expect.objectContaining({ socialValueWeightingPercent: 0, extensionMonthsAvailable: 0 }) })]);
    });

    describe('the award date', () => {
      const awardedOn = (date: string | null): ContractEvent => {
        const event = awardedWith();
        return { ...event, data: { ...event.data, awardedOn: date } } as ContractEvent;
      };

      it('records the day a contract from an existing register was awarded, before the day it is recorded', () => {
        spec.given([]).when(award({ awardedOn: '2025-03-03' })).then([awardedOn('2025-03-03')]);
      });

      it('takes the start date itself as the award date (awarded and started the same day)', () => {
        spec.given([]).when(award({ awardedOn: '2025-04-01' })).then([awardedOn('2025-04-01')]);
      });

      it('records no award date when none is given: the award is dated the day it is recorded', () => {
        spec.given([]).when(award({ awardedOn: null })).then([awardedOn(null)]);
        spec.given([]).when(award({ awardedOn: '' })).then([awardedOn(null)]);
      });

      it('refuses an award date still to come', () => {
        spec
          .given([])
          .when(award({ awardedOn: '2026-01-16', startDate: '2026-02-01' }))
          .thenThrows(RuleViolationError, /The award date 16 January 2026 is still to come: record a contract once it has been awarded \(today is 15 January 2026\)/);
      });

      it('refuses an award date after the contract starts: a contract is awarded before it starts', () => {
        spec
          .given([])
          .when(award({ awardedOn: '2025-04-02' }))
          .thenThrows(RuleViolationError, /The award date 2 April 2025 is after the contract's start date 1 April 2025: a contract is awarded before it starts/);
      });

      it('refuses an award date that is not a date', () => {
        spec.given([]).when(award({ awardedOn: '03/03/2025' })).thenThrows(InvalidInputError, /awardedOn must be a date written YYYY-MM-DD/);
      });

      it('reads an award recorded before award dates existed (no awardedOn in the event) as awarded the day it was recorded', () => {
        const { awardedOn: _absent, ...older } = (awarded as Extract<ContractEvent, { type: 'ContractAwarded' }>).data;
        void _absent;
        const state = contractDecider.evolve(contractDecider.initialState(), { type: 'ContractAwarded', data: older });
        expect(state.awardedOn).toBeNull();
        expect(state.status).toBe('ACTIVE');
      });
    });

    it('refuses every other command on a contract never awarded', () => {
      spec.given([]).when(vary(1_000)).thenThrows(NotFoundError, /No such contract/);
    });
  });

  describe('contract managers', () => {
    it('assigns a staff member on the register as a manager', () => {
      spec.given([awarded]).when(assign()).then([managerAssigned()]);
    });

    it('assigns several managers, and an assignment already made changes nothing', () => {
      spec.given(managed).when(assign('sm-2')).then([managerAssigned('sm-2')]);
      spec.given(managed).when(assign()).thenNothingHappens();
    });

    it('refuses someone not on the staff register', () => {
      spec.given([awarded]).when(assign('sm-9', {})).thenThrows(NotFoundError, /No staff member sm-9/);
    });

    it('refuses a person whose personal data was erased', () => {
      spec.given([awarded]).when(assign('sm-9', { 'sm-9': 'ERASED' })).thenThrows(RuleViolationError, /erased cannot manage a contract/);
    });

    it('removes a manager with the reason', () => {
      spec
        .given(managed)
        .when({ type: 'RemoveContractManager', staffMemberId: 'sm-1', reason: ' Moved to another team ' })
        .then([{ type: 'ContractManagerRemoved', data: { contractId: 'c1', staffMemberId: 'sm-1', reason: 'Moved to another team', removedBy: 'lead-1' } }]);
    });

    it('refuses to remove someone who does not manage it, or without a reason', () => {
      spec.given(managed).when({ type: 'RemoveContractManager', staffMemberId: 'sm-2', reason: 'x' }).thenThrows(RuleViolationError, /sm-2 does not manage this contract/);
      spec.given(managed).when({ type: 'RemoveContractManager', staffMemberId: 'sm-1', reason: ' ' }).thenThrows(InvalidInputError, /reason must not be empty/);
    });
  });

  describe('change control', () => {
    it('records a variation within the threshold as taking effect at once, with the policy it was judged by', () => {
      spec
        .given([awarded])
        .when(vary(25_000))
        .then([
          {
            type: 'ContractVaried',
            data: {
              contractId: 'c1',
              variationId: 'v1',
              description: 'Add winter gritting of two cycle routes',
              valueChange: 25_000,
              reason: 'Council motion of 3 December',
              approvalRequiredBecause: null,
              policyVersion: 1,
              policy: DEFAULT_VARIATION_POLICY,
              recordedBy: 'lead-1',
            },
          },
        ]);
    });

    it('raises the current value by a variation that took effect', () => {
      const state = [awarded, varied('v1', 25_000)].reduce(contractDecider.evolve, contractDecider.initialState());
      expect(currentValue(state)).toBe(325_000);
    });

    it('holds a variation over 10% of the awarded value for approval', () => {
      spec
        .given([awarded])
        .when(vary(30_000.01))
        .then([expect.objectContaining({ data: expect.objectContaining({ approvalRequiredBecause: expect.stringMatching(/is more than 10% of the awarded value \(£30,000\)/) }) })]);
    });

    it('holds a variation over £100,000 for approval even when under 10% of a large contract', () => {
      spec
        .given([awardedWith({ awardedValue: 5_000_000 })])
        .when(vary(-150_000))
        .then([expect.objectContaining({ data: expect.objectContaining({ approvalRequiredBecause: expect.stringMatching(/£150,000 is more than £100,000/) }) })]);
    });

    it('counts the variations that took effect before it, so small steps cannot pass a large change', () => {
      spec
        .given([awarded, varied('v0', 20_000)])
        .when(vary(-15_000))
        .then([expect.objectContaining({ data: expect.objectContaining({ approvalRequiredBecause: expect.stringMatching(/with the variations before it, the changes come to £35,000/) }) })]);
    });

    it('judges a variation alone under a policy version that does not count earlier ones', () => {
      const perVariation: VariationPolicyRules = { percentOfAwardedValue: 10, absoluteAmount: 100_000, cumulative: false };
      spec
        .given([awarded, varied('v0', 20_000)])
        .when(vary(-15_000, { policy: perVariation, policyVersion: 2 }))
        .then([expect.objectContaining({ data: expect.objectContaining({ approvalRequiredBecause: null, policyVersion: 2 }) })]);
    });

    it('does not change the current value while a variation awaits approval, and does once approved', () => {
      const pending = [awarded, varied('v1', 60_000, 'over 10%')];
      expect(currentValue(pending.reduce(contractDecider.evolve, contractDecider.initialState()))).toBe(300_000);
      expect(currentValue([...pending, approved('v1')].reduce(contractDecider.evolve, contractDecider.initialState()))).toBe(360_000);
      expect(currentValue([...pending, rejected('v1')].reduce(contractDecider.evolve, contractDecider.initialState()))).toBe(300_000);
    });

    it('records a variation of the terms alone (no change of value) as taking effect at once', () => {
      spec.given([awarded]).when(vary(0)).then([expect.objectContaining({ data: expect.objectContaining({ valueChange: 0, approvalRequiredBecause: null }) })]);
    });

    it('refuses a reduction that would take the value below £0', () => {
      spec.given([awarded]).when(vary(-300_000.01)).thenThrows(RuleViolationError, /A reduction of £300,000.01 would take the contract's value below £0 \(it stands at £300,000\)/);
    });

    it('accepts a reduction to exactly £0 (for approval)', () => {
      spec.given([awarded]).when(vary(-300_000)).then([expect.objectContaining({ type: 'ContractVaried' })]);
    });

    it.each([
      [{ description: ' ' }, /description must not be empty/],
      [{ reason: '' }, /reason must not be empty/],
      [{ valueChange: Number.POSITIVE_INFINITY }, /valueChange must be an amount in pounds/],
    ] as [Partial<VaryContract>, RegExp][])('refuses %p as bad input', (overrides, message) => {
      spec.given([awarded]).when(vary(1_000, overrides)).thenThrows(InvalidInputError, message);
    });

    it('refuses a variation id used already', () => {
      spec.given([awarded, varied('v1', 1_000)]).when(vary(2_000)).thenThrows(RuleViolationError, /Variation v1 already exists/);
    });

    it('approves a pending variation by the procurement lead', () => {
      spec
        .given([awarded, varied('v1', 60_000, 'over 10%')])
        .when({ type: 'ApproveContractVariation', variationId: 'v1', note: ' Agreed at board ' })
        .then([{ type: 'ContractVariationApproved', data: { contractId: 'c1', variationId: 'v1', note: 'Agreed at board', approvedBy: 'lead-1' } }]);
    });

    it('rejects a pending variation with the reason', () => {
      spec
        .given([awarded, varied('v1', 60_000, 'over 10%')])
        .when({ type: 'RejectContractVariation', variationId: 'v1', reason: ' Not value for money ' })
        .then([rejected('v1')]);
    });

    it('refuses an approval or rejection by anyone but the procurement lead (or an administrator)', () => {
      const given = spec.given([awarded, managerAssigned(), varied('v1', 60_000, 'over 10%')]);
      given.when({ type: 'ApproveContractVariation', variationId: 'v1' }, AS_MANAGER).thenThrows(ForbiddenError, /Only the procurement lead may approve a contract variation/);
      given.when({ type: 'RejectContractVariation', variationId: 'v1', reason: 'x' }, AS_AUDITOR).thenThrows(ForbiddenError, /Only the procurement lead may reject/);
      given.when({ type: 'ApproveContractVariation', variationId: 'v1' }, { actorRoles: ['ADMIN'] }).then([expect.objectContaining({ type: 'ContractVariationApproved' })]);
    });

    it('refuses to approve a variation that is not pending, or does not exist', () => {
      spec.given([awarded, varied('v1', 1_000)]).when({ type: 'ApproveContractVariation', variationId: 'v1' }).thenThrows(RuleViolationError, /not awaiting approval \(it is effective\)/);
      spec.given([awarded, varied('v1', 60_000, 'x'), approved('v1')]).when({ type: 'RejectContractVariation', variationId: 'v1', reason: 'x' }).thenThrows(RuleViolationError, /it is approved/);
      spec.given([awarded]).when({ type: 'ApproveContractVariation', variationId: 'v9' }).thenThrows(NotFoundError, /No variation v9/);
    });

    it('refuses an approval that would take the value below £0 after other reductions took effect', () => {
      spec
        .given([awarded, varied('v1', -200_000, 'over 10%'), varied('v2', -150_000, 'over 10%'), approved('v2')])
        .when({ type: 'ApproveContractVariation', variationId: 'v1' })
        .thenThrows(RuleViolationError, /below £0 \(it stands at £150,000\)/);
    });

    it('refuses a rejection without a reason', () => {
      spec.given([awarded, varied('v1', 60_000, 'x')]).when({ type: 'RejectContractVariation', variationId: 'v1', reason: ' ' }).thenThrows(InvalidInputError, /reason must not be empty/);
    });
  });

  describe('extensions', () => {
    it('moves the end date and uses up the months available', () => {
      spec
        .given([awarded])
        .when({ type: 'ExtendContract', months: 6, reason: ' Re-procurement delayed ' })
        .then([
          {
            type: 'ContractExtended',
            data: { contractId: 'c1', months: 6, reason: 'Re-procurement delayed', previousEndDate: '2027-03-31', endDate: '2027-09-30', extensionMonthsRemaining: 6, extendedBy: 'lead-1' },
          },
        ]);
    });

    it('refuses more months than remain', () => {
      const extended: ContractEvent = {
        type: 'ContractExtended',
        data: { contractId: 'c1', months: 6, reason: 'x', previousEndDate: '2027-03-31', endDate: '2027-09-30', extensionMonthsRemaining: 6, extendedBy: 'lead-1' },
      };
      spec.given([awarded, extended]).when({ type: 'ExtendContract', months: 7, reason: 'x' }).thenThrows(InvalidInputError, /months must be a whole number from 1 to 6/);
    });

    it('refuses an extension when no months are left, or of 0 months', () => {
      spec.given([awardedWith({ extensionMonthsAvailable: 0 })]).when({ type: 'ExtendContract', months: 1, reason: 'x' }).thenThrows(RuleViolationError, /no extension months left/);
      spec.given([awarded]).when({ type: 'ExtendContract', months: 0, reason: 'x' }).thenThrows(InvalidInputError, /months must be a whole number from 1 to 12/);
    });
  });

  describe('ending and termination', () => {
    it('ends a contract today with its reason, and pending variations lapse', () => {
      spec
        .given([awarded, varied('v1', 60_000, 'over 10%')])
        .when({ type: 'EndContract', reason: ' Service brought in house ' })
        .then([endedWith(['v1'])]);
    });

    it('terminates a contract with its reason', () => {
      spec.given([awarded]).when({ type: 'TerminateContract', reason: ' Supplier insolvent ' }).then([terminated]);
    });

    it('ends on the end date when that passed before the ending was recorded', () => {
      spec
        .given([awarded])
        .when({ type: 'EndContract', reason: 'Expired' }, { now: new Date('2027-05-02T10:00:00Z') })
        .then([expect.objectContaining({ data: expect.objectContaining({ effectiveOn: '2027-03-31' }) })]);
    });

    it('takes an earlier effective date, not a future one nor one after the end date', () => {
      spec.given([awarded]).when({ type: 'TerminateContract', reason: 'x', effectiveOn: '2025-12-01' }).then([expect.objectContaining({ data: expect.objectContaining({ effectiveOn: '2025-12-01' }) })]);
      spec.given([awarded]).when({ type: 'EndContract', reason: 'x', effectiveOn: '2026-02-01' }).thenThrows(RuleViolationError, /not in advance/);
      spec
        .given([awarded])
        .when({ type: 'EndContract', reason: 'x', effectiveOn: '2027-04-01' }, { now: new Date('2027-05-02T10:00:00Z') })
        .thenThrows(RuleViolationError, /end date is 2027-03-31: extend it first/);
    });

    it('refuses an ending or termination without a reason', () => {
      spec.given([awarded]).when({ type: 'EndContract', reason: ' ' }).thenThrows(InvalidInputError, /reason must not be empty/);
      spec.given([awarded]).when({ type: 'TerminateContract', reason: '' }).thenThrows(InvalidInputError, /reason must not be empty/);
    });

    it.each([
      ['ended', ended],
      ['terminated', terminated],
    ])('refuses anything but reports once %s', (status, closed) => {
      const given = spec.given([awarded, managerAssigned(), kpiAdded, committed, closed]);
      const refused = new RegExp(`This contract is ${status}`);
      given.when(vary(1_000)).thenThrows(RuleViolationError, refused);
      given.when({ type: 'ExtendContract', months: 1, reason: 'x' }).thenThrows(RuleViolationError, refused);
      given.when({ type: 'EndContract', reason: 'x' }).thenThrows(RuleViolationError, refused);
      given.when({ type: 'TerminateContract', reason: 'x' }).thenThrows(RuleViolationError, refused);
      given.when({ type: 'AddKpi', kpiId: 'k2', name: 'x', target: 'y' }).thenThrows(RuleViolationError, refused);
      given.when(assign('sm-2')).thenThrows(RuleViolationError, refused);
      given.when(commit({ commitmentId: 'sv2', measureId: 'm2', measure: measure({ measureId: 'm2' }) })).thenThrows(RuleViolationError, refused);
      given.when(saving({ stage: 'COMMITTED', period: '2026-Q2' })).thenThrows(RuleViolationError, refused);
      // ... but the history is still reported on, up to the quarter it closed in.
      given.when(reportKpi()).then([expect.objectContaining({ type: 'KpiReported' })]);
      given.when(reportDelivery()).then([expect.objectContaining({ type: 'SocialValueDeliveryReported' })]);
      given.when(saving()).then([expect.objectContaining({ type: 'SavingOrBenefitRecorded' })]);
    });

    it('refuses to approve a variation once the contract ended', () => {
      spec.given([awarded, varied('v1', 60_000, 'x'), endedWith(['v1'])]).when({ type: 'ApproveContractVariation', variationId: 'v1' }).thenThrows(RuleViolationError, /This contract is ended/);
    });
  });

  describe('KPIs', () => {
    it('adds a KPI with its target, due from the current quarter (or the contract first quarter)', () => {
      spec
        .given([awarded])
        .when({ type: 'AddKpi', kpiId: 'k1', name: ' Potholes repaired within 28 days ', target: ' 95% ' })
        .then([kpiAddedFrom('2026-Q1')]);
      spec
        .given([awardedWith({ startDate: '2026-07-01' })])
        .when({ type: 'AddKpi', kpiId: 'k1', name: 'x', target: 'y' })
        .then([expect.objectContaining({ data: expect.objectContaining({ firstPeriod: '2026-Q3' }) })]);
    });

    it('refuses a KPI without a name or target, or a name the contract has already', () => {
      spec.given([awarded]).when({ type: 'AddKpi', kpiId: 'k1', name: ' ', target: 'y' }).thenThrows(InvalidInputError, /name must not be empty/);
      spec.given([awarded]).when({ type: 'AddKpi', kpiId: 'k1', name: 'x', target: '' }).thenThrows(InvalidInputError, /target must not be empty/);
      spec.given([awarded, kpiAdded]).when({ type: 'AddKpi', kpiId: 'k2', name: 'POTHOLES repaired within 28 days', target: 'y' }).thenThrows(RuleViolationError, /already has a KPI named/);
      spec.given([awarded, kpiAdded]).when({ type: 'AddKpi', kpiId: 'k1', name: 'z', target: 'y' }).thenThrows(RuleViolationError, /KPI k1 already exists/);
    });

    it("takes a quarter's report from one of the contract's managers", () => {
      spec.given([...managed, kpiAdded]).when(reportKpi(), AS_MANAGER).then([kpiReported()]);
    });

    it('takes a report for the current quarter', () => {
      spec.given([...managed, kpiAdded]).when(reportKpi({ period: '2026-Q1' }), AS_MANAGER).then([kpiReported('2026-Q1')]);
    });

    it('takes a report from the procurement lead, who need not manage the contract', () => {
      spec
        .given([...managed, kpiAdded])
        .when(reportKpi({ actorStaffMemberId: null }))
        .then([expect.objectContaining({ data: expect.objectContaining({ reportedBy: 'lead-1', reportedByStaffMemberId: null }) })]);
    });

    it('refuses a report from a contract manager who does not manage this contract, or an auditor', () => {
      spec.given([...managed, kpiAdded]).when(reportKpi({ actorStaffMemberId: 'sm-2' }), AS_MANAGER).thenThrows(ForbiddenError, /Only a manager of this contract, or the procurement lead, may report on it/);
      spec.given([...managed, kpiAdded]).when(reportKpi({ actorStaffMemberId: null }), AS_MANAGER).thenThrows(ForbiddenError, /Only a manager of this contract/);
      spec.given([...managed, kpiAdded]).when(reportKpi({ actorStaffMemberId: null }), AS_AUDITOR).thenThrows(ForbiddenError, /Only a manager of this contract/);
    });

    it('refuses a future quarter', () => {
      spec.given([...managed, kpiAdded]).when(reportKpi({ period: '2026-Q2' }), AS_MANAGER).thenThrows(RuleViolationError, /2026-Q2 is a future quarter: report it once it has begun \(this is 2026-Q1\)/);
    });

    it("refuses a quarter outside the contract's term", () => {
      spec.given([...managed, kpiAdded]).when(reportKpi({ period: '2025-Q1' }), AS_MANAGER).thenThrows(RuleViolationError, /2025-Q1 is outside the contract's term \(2025-Q2 to 2027-Q1\)/);
      spec.given([...managed, kpiAdded, ended]).when(reportKpi({ period: '2026-Q1' }), AS_MANAGER).then([kpiReported('2026-Q1')]);
    });

    it.each(['2025Q4', '2025-Q5', '25-Q1', '2025-q4', ''])('refuses the period %p as bad input', (period) => {
      spec.given([...managed, kpiAdded]).when(reportKpi({ period }), AS_MANAGER).thenThrows(InvalidInputError, /period must be a quarter written YYYY-Qn/);
    });

    it('refuses an unknown rating, and an AMBER or RED rating without a note', () => {
      spec.given([...managed, kpiAdded]).when(reportKpi({ rating: 'BLUE' }), AS_MANAGER).thenThrows(InvalidInputError, /rating must be one of GREEN, AMBER, RED/);
      spec.given([...managed, kpiAdded]).when(reportKpi({ rating: 'RED', note: ' ' }), AS_MANAGER).thenThrows(InvalidInputError, /A RED rating needs a note/);
      spec
        .given([...managed, kpiAdded])
        .when(reportKpi({ rating: 'AMBER', note: ' Two late repairs after flooding ' }), AS_MANAGER)
        .then([expect.objectContaining({ data: expect.objectContaining({ rating: 'AMBER', note: 'Two late repairs after flooding' }) })]);
    });

    it('refuses a report on a KPI the contract does not have', () => {
      spec.given(managed).when(reportKpi(), AS_MANAGER).thenThrows(NotFoundError, /No KPI k1 on this contract/);
    });

    it('takes one report per KPI per quarter: a second is refused, to be corrected instead', () => {
      spec.given([...managed, kpiAdded, kpiReported()]).when(reportKpi({ rating: 'RED', note: 'x' }), AS_MANAGER).thenThrows(RuleViolationError, /already reported for 2025-Q4: a report is never overwritten, correct it with the reason/);
    });

    it('corrects a report with the reason, keeping the first on the record', () => {
      spec
        .given([...managed, kpiAdded, kpiReported()])
        .when({ type: 'CorrectKpiReport', kpiId: 'k1', period: '2025-Q4', rating: 'AMBER', note: 'Three late', reason: ' Supplier data was incomplete ', actorStaffMemberId: 'sm-1' }, AS_MANAGER)
        .then([
          {
            type: 'KpiReportCorrected',
            data: { contractId: 'c1', kpiId: 'k1', period: '2025-Q4', rating: 'AMBER', note: 'Three late', reason: 'Supplier data was incomplete', reportedBy: 'user-sm-1', reportedByStaffMemberId: 'sm-1' },
          },
        ]);
    });

    it('refuses to correct a report never made, or without a reason', () => {
      const correct = (reason: string): ContractCommand => ({ type: 'CorrectKpiReport', kpiId: 'k1', period: '2025-Q4', rating: 'GREEN', note: '', reason, actorStaffMemberId: 'sm-1' });
      spec.given([...managed, kpiAdded]).when(correct('x'), AS_MANAGER).thenThrows(RuleViolationError, /has no report for 2025-Q4 to correct/);
      spec.given([...managed, kpiAdded, kpiReported()]).when(correct(' '), AS_MANAGER).thenThrows(InvalidInputError, /reason must not be empty/);
    });
  });

  describe('savings and benefits', () => {
    it('records a delivered saving for a quarter, by a manager', () => {
      spec
        .given(managed)
        .when(saving(), AS_MANAGER)
        .then([
          {
            type: 'SavingOrBenefitRecorded',
            data: {
              contractId: 'c1',
              entryId: 'sb1',
              kind: 'SAVING',
              stage: 'DELIVERED',
              amount: 12_500,
              period: '2025-Q4',
              note: 'Shared depot with the county',
              recordedBy: 'user-sm-1',
              recordedByStaffMemberId: 'sm-1',
            },
          },
        ]);
    });

    it('records a committed benefit for a quarter to come', () => {
      spec.given(managed).when(saving({ kind: 'BENEFIT', stage: 'COMMITTED', period: '2026-Q4' })).then([expect.objectContaining({ data: expect.objectContaining({ kind: 'BENEFIT', stage: 'COMMITTED', period: '2026-Q4' }) })]);
    });

    it('refuses a delivery in a quarter to come, a negative amount, an unknown kind or stage', () => {
      spec.given(managed).when(saving({ period: '2026-Q2' })).thenThrows(RuleViolationError, /future quarter/);
      spec.given(managed).when(saving({ amount: -1 })).thenThrows(InvalidInputError, /amount must be an amount in pounds, 0 or more/);
      spec.given(managed).when(saving({ kind: 'REBATE' })).thenThrows(InvalidInputError, /kind must be one of SAVING, BENEFIT/);
      spec.given(managed).when(saving({ stage: 'HOPED' })).thenThrows(InvalidInputError, /stage must be one of COMMITTED, DELIVERED/);
      spec.given(managed).when(saving({ note: '' })).thenThrows(InvalidInputError, /note must not be empty/);
    });

    it('refuses an entry id used already, and anyone but a manager or the procurement lead', () => {
      const recorded: ContractEvent = {
        type: 'SavingOrBenefitRecorded',
        data: { contractId: 'c1', entryId: 'sb1', kind: 'SAVING', stage: 'DELIVERED', amount: 1, period: '2025-Q4', note: 'x', recordedBy: 'lead-1', recordedByStaffMemberId: null },
      };
      spec.given([...managed, recorded]).when(saving()).thenThrows(RuleViolationError, /Entry sb1 already exists/);
      spec.given(managed).when(saving({ actorStaffMemberId: 'sm-7' }), AS_MANAGER).thenThrows(ForbiddenError, /Only a manager of this contract/);
    });
  });

  describe('social value', () => {
    it("commits social value on a measure, valued at the measure's proxy value at the time", () => {
      spec.given([awarded]).when(commit()).then([committedFrom('2026-Q1')]);
    });

    it('commits on a measure without a proxy value (counted, not valued)', () => {
      spec.given([awarded]).when(commit({ measure: measure({ proxyValuePerUnit: null }) })).then([expect.objectContaining({ data: expect.objectContaining({ proxyValuePerUnit: null }) })]);
    });

    it('refuses a quantity of 0 or less, or not a number', () => {
      spec.given([awarded]).when(commit({ committedQuantity: 0 })).thenThrows(InvalidInputError, /committedQuantity must be a quantity more than 0/);
      spec.given([awarded]).when(commit({ committedQuantity: -3 })).thenThrows(InvalidInputError, /committedQuantity must be a quantity more than 0/);
      spec.given([awarded]).when(commit({ committedQuantity: Number.NaN })).thenThrows(InvalidInputError, /committedQuantity/);
    });

    it('refuses an unknown or retired measure, a second commitment on one measure, or a commitment id used already', () => {
      spec.given([awarded]).when(commit({ measure: null })).thenThrows(NotFoundError, /No social value measure m1/);
      spec.given([awarded]).when(commit({ measure: measure({ retired: true }) })).thenThrows(RuleViolationError, /is retired: it takes no new commitments/);
      spec.given([awarded, committed]).when(commit({ commitmentId: 'sv2' })).thenThrows(RuleViolationError, /already has a commitment on "Apprenticeships for local people"/);
      spec.given([awarded, committed]).when(commit()).thenThrows(RuleViolationError, /Commitment sv1 already exists/);
    });

    it('takes a delivery report for a quarter, with its evidence, from a manager', () => {
      spec
        .given([...managed, committed])
        .when(reportDelivery(), AS_MANAGER)
        .then([{ type: 'SocialValueDeliveryReported', data: { contractId: 'c1', commitmentId: 'sv1', period: '2025-Q4', quantity: 12, evidence: 'Payroll extract for two apprentices', reportedBy: 'user-sm-1', reportedByStaffMemberId: 'sm-1' } }]);
    });

    it('takes a report of nothing delivered (0), with its evidence', () => {
      spec.given([...managed, committed]).when(reportDelivery({ quantity: 0, evidence: 'No apprentice in post this quarter' }), AS_MANAGER).then([expect.objectContaining({ data: expect.objectContaining({ quantity: 0 }) })]);
    });

    it('refuses a negative quantity, a report without evidence, a future quarter, an unknown commitment', () => {
      spec.given([...managed, committed]).when(reportDelivery({ quantity: -1 }), AS_MANAGER).thenThrows(InvalidInputError, /quantity must be a quantity of 0 or more/);
      spec.given([...managed, committed]).when(reportDelivery({ evidence: ' ' }), AS_MANAGER).thenThrows(InvalidInputError, /evidence must not be empty/);
      spec.given([...managed, committed]).when(reportDelivery({ period: '2026-Q3' }), AS_MANAGER).thenThrows(RuleViolationError, /future quarter/);
      spec.given(managed).when(reportDelivery(), AS_MANAGER).thenThrows(NotFoundError, /No social value commitment sv1/);
    });

    it('refuses a delivery report from someone who does not manage the contract', () => {
      spec.given([...managed, committed]).when(reportDelivery({ actorStaffMemberId: 'sm-2' }), AS_MANAGER).thenThrows(ForbiddenError, /Only a manager of this contract/);
    });

    it('takes one delivery report per commitment per quarter; a correction replaces it, with the reason', () => {
      spec.given([...managed, committed, delivered()]).when(reportDelivery(), AS_MANAGER).thenThrows(RuleViolationError, /already reported for 2025-Q4: correct it with the reason/);
      spec
        .given([...managed, committed, delivered()])
        .when({ type: 'CorrectSocialValueDelivery', commitmentId: 'sv1', period: '2025-Q4', quantity: 10, evidence: 'Corrected payroll', reason: ' Double-counted a week ', actorStaffMemberId: 'sm-1' }, AS_MANAGER)
        .then([expect.objectContaining({ type: 'SocialValueDeliveryCorrected', data: expect.objectContaining({ quantity: 10, reason: 'Double-counted a week' }) })]);
      spec
        .given([...managed, committed])
        .when({ type: 'CorrectSocialValueDelivery', commitmentId: 'sv1', period: '2025-Q4', quantity: 10, evidence: 'x', reason: 'y', actorStaffMemberId: 'sm-1' }, AS_MANAGER)
        .thenThrows(RuleViolationError, /has no delivery reported for 2025-Q4 to correct/);
    });
  });

  describe('the gateways outstanding for award', () => {
    it('are the required gateways up to and including G3_AWARD that have not passed, in order', () => {
      expect(gatewaysOutstandingForAward({ title: 't', requiredGateways: [G1, G2, G3, G4], passedGateways: [G2] })).toEqual([G1, G3]);
      expect(gatewaysOutstandingForAward({ title: 't', requiredGateways: [G4, G5], passedGateways: [] })).toEqual([]);
    });
  });
});
