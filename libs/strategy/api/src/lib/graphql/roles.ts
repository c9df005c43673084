import { PERMISSIONS } from '@ledger/shared-domain';

// Who may do what lives in the shared permissions map (libs/shared/domain); these name its lines.
export const STRATEGY_READERS = PERMISSIONS.readStrategy;
export const STRATEGY_WRITERS = PERMISSIONS.keepStrategy;
export const MATURITY_AREA_EDITORS = PERMISSIONS.editMaturityAreas;
