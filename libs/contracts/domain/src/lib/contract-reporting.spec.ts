import { ContractEvent, ContractState, contractDecider } from './contract';
import { contractEndingAlert, kpiReportsDue, savingsTotals, socialValueReportsDue, socialValueSummary, socialValueTotals, termElapsed } from './contract-reporting';

// The helpers read a folded contract: built here from events, as the write side folds them.
const TERMS = {
  supplierName: 'Fenland Roads Ltd',
  supplierDetails: { companyNumber: null, postcode: null, sme: null, vcse: null },
  awardedValue: 300_000,
  startDate: '2025-04-01',
  endDate: '2027-03-31',
  extensionMonthsAvailable: 12,
  noticePeriodDays: null as number | null,
  socialValueWeightingPercent: 10,
};
const awarded = (terms: Partial<typeof TERMS> = {}): ContractEvent => ({
  type: 'ContractAwarded',
  data: { contractId: 'c1', procurementId: 'pr1', title: 'Highways', ...TERMS, ...terms, gatewaysPassed: [], awardedBy: 'lead-1' },
});
const kpi = (kpiId: string, firstPeriod: string): ContractEvent => ({ type: 'KpiAdded', data: { contractId: 'c1', kpiId, name: `KPI ${kpiId}`, target: '95%', firstPeriod, addedBy: 'lead-1' } });
const kpiReported = (kpiId: string, period: string): ContractEvent => ({
  type: 'KpiReported',
  data: { contractId: 'c1', kpiId, period, rating: 'GREEN', note: '', reportedBy: 'u', reportedByStaffMemberId: null },
});
const commitment = (commitmentId: string, committedQuantity: number, proxyValuePerUnit: number | null, firstPeriod = '2025-Q2'): ContractEvent => ({
  type: 'SocialValueCommitted',
  data: { contractId: 'c1', commitmentId, measureId: `m-${commitmentId}`, theme: 'T', outcome: `Outcome ${commitmentId}`, unit: 'u', proxyValuePerUnit, committedQuantity, firstPeriod, committedBy: 'lead-1' },
});
const delivery = (commitmentId: string, period: string, quantity: number): ContractEvent => ({
  type: 'SocialValueDeliveryReported',
  data: { contractId: 'c1', commitmentId, period, quantity, evidence: 'e', reportedBy: 'u', reportedByStaffMemberId: null },
});
const correction = (commitmentId: string, period: string, quantity: number): ContractEvent => ({
  type: 'SocialValueDeliveryCorrected',
  data: { contractId: 'c1', commitmentId, period, quantity, evidence: 'e', reportedBy: 'u', reportedByStaffMemberId: null, reason: 'r' },
});
const closed = (type: 'ContractEnded' | 'ContractTerminated', effectiveOn: string): ContractEvent => ({ type, data: { contractId: 'c1', reason: 'r', effectiveOn, lapsedVariationIds: [], recordedBy: 'lead-1' } });
const fold = (events: ContractEvent[]): ContractState => events.reduce(contractDecider.evolve, contractDecider.initialState());

describe('contract reporting helpers', () => {
  describe('KPI reports due', () => {
    it('lists every quarter from the KPI first one to the current one without a report: earlier ones overdue, the current one due at its end', () => {
      const contract = fold([awarded(), kpi('k1', '2025-Q3'), kpiReported('k1', '2025-Q3')]);
      expect(kpiReportsDue(contract, '2026-01-15')).toEqual([
        { subjectId: 'k1', name: 'KPI k1', period: '2025-Q4', dueOn: '2025-12-31', overdue: true },
        { subjectId: 'k1', name: 'KPI k1', period: '2026-Q1', dueOn: '2026-03-31', overdue: false },
      ]);
    });

    it('is overdue only after the last day of the quarter', () => {
      const contract = fold([awarded(), kpi('k1', '2026-Q1')]);
      expect(kpiReportsDue(contract, '2026-03-31')[0].overdue).toBe(false);
      expect(kpiReportsDue(contract, '2026-04-01').map((d) => [d.period, d.overdue])).toEqual([
        ['2026-Q1', true],
        ['2026-Q2', false],
      ]);
    });

    it('asks nothing before the contract starts, and nothing after its last quarter', () => {
      expect(kpiReportsDue(fold([awarded({ startDate: '2026-07-01' }), kpi('k1', '2026-Q3')]), '2026-01-15')).toEqual([]);
      const afterEnd = kpiReportsDue(fold([awarded(), kpi('k1', '2026-Q4'), kpiReported('k1', '2026-Q4'), kpiReported('k1', '2027-Q1')]), '2027-09-01');
      expect(afterEnd).toEqual([]);
    });

    it('stops at the quarter a contract ended or was terminated in, and still lists what is unreported up to then', () => {
      const contract = fold([awarded(), kpi('k1', '2025-Q4'), closed('ContractTerminated', '2025-11-20')]);
      expect(kpiReportsDue(contract, '2026-06-01').map((d) => d.period)).toEqual(['2025-Q4']);
    });

    it('knows nothing of a contract never awarded', () => {
      expect(kpiReportsDue(fold([]), '2026-01-15')).toEqual([]);
    });
  });

  describe('social value reports due', () => {
    it('lists the quarters a commitment has no delivery reported for', () => {
      const contract = fold([awarded(), commitment('sv1', 100, 10, '2025-Q4'), delivery('sv1', '2025-Q4', 5)]);
      expect(socialValueReportsDue(contract, '2026-04-02')).toEqual([
        { subjectId: 'sv1', name: 'Outcome sv1', period: '2026-Q1', dueOn: '2026-03-31', overdue: true },
        { subjectId: 'sv1', name: 'Outcome sv1', period: '2026-Q2', dueOn: '2026-06-30', overdue: false },
      ]);
    });
  });

  describe('the ending alert', () => {
    it('shows 90 days before the end date when no notice period is recorded', () => {
      const contract = fold([awarded()]);
      expect(contractEndingAlert(contract, '2026-12-30')).toBeNull();
      expect(contractEndingAlert(contract, '2026-12-31')).toEqual({ showFrom: '2026-12-31', dueOn: '2027-03-31', overdue: false });
      expect(contractEndingAlert(contract, '2027-04-01')?.overdue).toBe(true);
    });

    it('shows from the notice period when that is longer, due on the last day to give notice', () => {
      const contract = fold([awarded({ noticePeriodDays: 180 })]);
      expect(contractEndingAlert(contract, '2026-10-01')).toBeNull();
      expect(contractEndingAlert(contract, '2026-10-02')).toEqual({ showFrom: '2026-10-02', dueOn: '2026-10-02', overdue: false });
      expect(contractEndingAlert(contract, '2026-10-03')?.overdue).toBe(true);
    });

    it('still gives 90 days when the notice period is shorter', () => {
      expect(contractEndingAlert(fold([awarded({ noticePeriodDays: 30 })]), '2026-12-31')).toEqual({ showFrom: '2026-12-31', dueOn: '2027-03-01', overdue: false });
    });

    it('is gone once the contract ended', () => {
      expect(contractEndingAlert(fold([awarded(), closed('ContractEnded', '2027-03-31')]), '2027-03-31')).toBeNull();
    });
  });

  describe('social value totals', () => {
    it('values committed and delivered quantities at the proxy value, counting the latest correction of each quarter', () => {
      const contract = fold([awarded(), commitment('sv1', 100, 250), delivery('sv1', '2025-Q2', 20), delivery('sv1', '2025-Q3', 20), correction('sv1', '2025-Q3', 15)]);
      const totals = socialValueTotals(contract, '2025-10-01');
      expect(totals.commitments[0]).toEqual(
        expect.objectContaining({ committedQuantity: 100, deliveredQuantity: 35, committedValue: 25_000, deliveredValue: 8_750, underDelivered: false }),
      );
      expect(totals).toEqual(expect.objectContaining({ committedValue: 25_000, deliveredValue: 8_750, underDelivered: false }));
    });

    it('counts a commitment without a proxy value but adds no pounds for it', () => {
      const totals = socialValueTotals(fold([awarded(), commitment('sv1', 10, null), commitment('sv2', 4, 100), delivery('sv1', '2025-Q2', 10)]), '2025-06-30');
      expect(totals.commitments[0]).toEqual(expect.objectContaining({ committedValue: null, deliveredValue: null, deliveredQuantity: 10 }));
      expect(totals.committedValue).toBe(400);
      expect(totals.deliveredValue).toBe(0);
    });

    it('shows under-delivery against what was due pro rata by today, and all of it once closed', () => {
      // Half way through a two-year term, 30 of 100 delivered: 50 were due.
      const halfway = fold([awarded(), commitment('sv1', 100, 250), delivery('sv1', '2025-Q2', 30)]);
      expect(termElapsed(halfway, '2026-04-01')).toBeCloseTo(0.5, 2);
      expect(socialValueTotals(halfway, '2026-04-01').underDelivered).toBe(true);
      expect(socialValueTotals(halfway, '2025-07-01').underDelivered).toBe(false);
      const ended = fold([awarded(), commitment('sv1', 100, 250), delivery('sv1', '2025-Q2', 99), closed('ContractEnded', '2025-12-31')]);
      expect(socialValueTotals(ended, '2026-01-15').commitments[0]).toEqual(expect.objectContaining({ expectedToDateQuantity: 100, underDelivered: true }));
    });
  });

  describe('savings and benefits', () => {
    it('totals each kind by stage', () => {
      const entry = (entryId: string, kind: 'SAVING' | 'BENEFIT', stage: 'COMMITTED' | 'DELIVERED', amount: number): ContractEvent => ({
        type: 'SavingOrBenefitRecorded',
        data: { contractId: 'c1', entryId, kind, stage, amount, period: '2025-Q4', note: 'n', recordedBy: 'u', recordedByStaffMemberId: null },
      });
      const contract = fold([awarded(), entry('a', 'SAVING', 'COMMITTED', 50_000), entry('b', 'SAVING', 'DELIVERED', 12_500.5), entry('c', 'SAVING', 'DELIVERED', 0.25), entry('d', 'BENEFIT', 'DELIVERED', 1_000)]);
      expect(savingsTotals(contract)).toEqual({ SAVING: { COMMITTED: 50_000, DELIVERED: 12_500.75 }, BENEFIT: { COMMITTED: 0, DELIVERED: 1_000 } });
    });
  });

  describe('the FOI summary figures', () => {
    it('counts the contracts, those that applied social value, their average weighting, and the value committed and delivered', () => {
      const applied = fold([awarded({ socialValueWeightingPercent: 10 }), commitment('sv1', 100, 250), delivery('sv1', '2025-Q2', 10)]);
      const alsoApplied = fold([awarded({ socialValueWeightingPercent: 20 })]);
      const notApplied = fold([awarded({ socialValueWeightingPercent: 0 })]);
      expect(socialValueSummary([applied, alsoApplied, notApplied], '2026-01-15')).toEqual({
        contractsAwarded: 3,
        contractsWithSocialValue: 2,
        averageWeightingPercent: 15,
        committedValue: 25_000,
        deliveredValue: 2_500,
      });
    });

    it('answers "none" with zeros for a year without contracts', () => {
      expect(socialValueSummary([], '2026-01-15')).toEqual({ contractsAwarded: 0, contractsWithSocialValue: 0, averageWeightingPercent: 0, committedValue: 0, deliveredValue: 0 });
    });
  });
});
