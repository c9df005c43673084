import { PERMISSIONS } from '@ledger/shared-domain';

// Who may do what lives in the shared permissions map (libs/shared/domain); these name its lines.
export const RISK_READERS = PERMISSIONS.readRisks;
export const RISK_WRITERS = PERMISSIONS.keepRisks;
