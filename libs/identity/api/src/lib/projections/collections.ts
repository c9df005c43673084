import { Role } from '@ledger/shared-domain';

export const USERS = 'identity.users';

export interface UserDocument {
  [key: string]: unknown;
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
  passwordHash: string;
  disabled: boolean;
  registeredAt: string;
}
