import { PERMISSIONS } from '@ledger/shared-domain';

// Who may do what lives in the shared permissions map (libs/shared/domain); these name its lines.
export const CONTRACTS_READERS = PERMISSIONS.readContracts;
/** Award, vary, extend, end, terminate, managers, KPIs, commitments, measures, the variation policy. */
export const CONTRACTS_KEEPERS = PERMISSIONS.keepContracts;
export const VARIATION_APPROVERS = PERMISSIONS.approveContractVariations;
/** KPI reports, social value deliveries, savings: the contract decider holds a CONTRACT_MANAGER to their own contracts. */
export const CONTRACT_REPORTERS = PERMISSIONS.reportOnContracts;
