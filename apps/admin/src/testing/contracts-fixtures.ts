import type {
  Contract,
  ContractVariation,
  Kpi,
  SocialValueCommitment,
  SocialValueMeasure,
} from '../app/features/contracts/contracts.types';

/** Contracts as the API answers them, for the contracts pages' specs. */

export const CONTRACT_MANAGER_USER = { id: 'user-7', email: 'cm@example.gov.uk', displayName: 'Jo Evans', roles: ['CONTRACT_MANAGER'] };

export const JO = { id: 'staff-7', displayName: 'Jo Evans', jobTitle: 'Contract Manager', erased: false };

export function measure(overrides: Partial<SocialValueMeasure> = {}): SocialValueMeasure {
  return {
    id: 'measure-1',
    theme: 'Tackling economic inequality',
    outcome: 'Apprenticeships created',
    unit: 'apprenticeship weeks',
    proxyValuePerUnit: 250,
    retired: false,
    revision: 1,
    ...overrides,
  };
}

export function variation(overrides: Partial<ContractVariation> = {}): ContractVariation {
  return {
    id: 'var-1',
    description: 'Add winter gritting',
    reason: 'Harsher winters',
    valueChange: 20000,
    status: 'EFFECTIVE',
    approvalRequiredBecause: null,
    policyVersion: 1,
    recordedAt: '2026-03-01T10:00:00.000Z',
    decidedAt: null,
    decisionNote: null,
    ...overrides,
  };
}

export function kpi(overrides: Partial<Kpi> = {}): Kpi {
  return { id: 'kpi-1', name: 'Repairs on time', target: '95% within 24 hours', firstPeriod: '2026-Q1', reports: [], ...overrides };
}

export function commitment(overrides: Partial<SocialValueCommitment> = {}): SocialValueCommitment {
  return {
    id: 'svc-1',
    committedQuantity: 100,
    committedValue: 25000,
    deliveredQuantity: 10,
    deliveredValue: 2500,
    expectedToDateQuantity: 30,
    underDelivered: true,
    firstPeriod: '2026-Q1',
    measure: measure(),
    deliveries: [{ period: '2026-Q1', quantity: 10, evidence: 'Payroll extract', reportedAt: '2026-04-02T09:00:00.000Z' }],
    ...overrides,
  };
}

export function contract(overrides: Partial<Contract> = {}): Contract {
  return {
    id: 'contract-1',
    title: 'Highways maintenance',
    procurementId: 'proc-1',
    procurement: { id: 'proc-1', title: 'Highways maintenance' },
    supplierName: 'Acme Roads Ltd',
    awardedValue: 300000,
    currentValue: 300000,
    status: 'ACTIVE',
    startDate: '2026-01-01',
    endDate: '2028-12-31',
    socialValueUnderDelivered: false,
    managers: [],
    revision: 3,
    awardedAt: '2025-12-15T10:00:00.000Z',
    awardedOn: '2025-12-15',
    extensionMonthsAvailable: 12,
    noticePeriodDays: 90,
    socialValueWeightingPercent: 10,
    committedSocialValue: 0,
    deliveredSocialValue: 0,
    closeReason: null,
    closedOn: null,
    supplierCompanyNumber: null,
    supplierPostcode: null,
    supplierSme: null,
    supplierVcse: null,
    gatewaysPassed: ['G1_BUSINESS_CASE', 'G2_PROCUREMENT_STRATEGY', 'G3_AWARD'],
    variations: [],
    kpis: [],
    savings: [],
    socialValueCommitments: [],
    ...overrides,
  };
}
