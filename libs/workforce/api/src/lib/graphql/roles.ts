import { PERMISSIONS } from '@ledger/shared-domain';

// Who may do what lives in the shared permissions map (libs/shared/domain); these name its lines.
export const WORKFORCE_WRITERS = PERMISSIONS.keepWorkforce;
export const WORKFORCE_READERS = PERMISSIONS.readWorkforce;
