import { PERMISSIONS } from '@ledger/shared-domain';

/**
 * As the API allows (the shared permissions map, libs/shared/domain): everyone else is FORBIDDEN,
 * so the page does not ask.
 */
export const AUDIT_READERS = PERMISSIONS.audit;
