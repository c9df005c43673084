import { Role } from '@ledger/shared-domain';

export interface RegisterUser {
  type: 'RegisterUser';
  userId: string;
  email: string;
  displayName: string;
  /** Hashed before it reaches the domain: the decider never sees a password. */
  passwordHash: string;
  roles: readonly string[];
  /** Whether another user already holds this email (set-based check made by the handler). */
  emailTaken: boolean;
}

export interface DisableUser {
  type: 'DisableUser';
  userId: string;
  reason: string;
}

export type UserCommand = RegisterUser | DisableUser;
export type { Role };
