import { PERMISSIONS } from '@ledger/shared-domain';

// Who may do what lives in the shared permissions map (libs/shared/domain); these name its lines.
export const USER_READERS = PERMISSIONS.readUsers;
export const USER_ADMINS = PERMISSIONS.administerUsers;
