import { PERMISSIONS } from '@ledger/shared-domain';

// Who may do what lives in the shared permissions map (libs/shared/domain); these name its lines.
export const GATEWAY_READERS = PERMISSIONS.readGateway;
export const PROCUREMENT_WRITERS = PERMISSIONS.runProcurements;
export const DECISION_RECORDERS = PERMISSIONS.recordGatewayDecisions;
export const CONFLICT_DECLARERS = PERMISSIONS.declareConflictsOfInterest;
export const ELIGIBLE_DECIDER_READERS = PERMISSIONS.readEligibleDeciders;
