import { Role } from '@ledger/shared-domain';

/** The authenticated caller, as every resolver and command sees it. */
export interface Actor {
  userId: string;
  roles: Role[];
  /** The sign-in email: links a STAFF user to their own staff record. */
  email?: string;
  /** The client's X-Correlation-Id for this request: ties the commands of one user action together. */
  correlationId?: string;
}

/** The system itself (bootstrap, demo data, migrations): recorded as such in event metadata. */
export const SYSTEM_ACTOR: Actor = { userId: 'system', roles: ['ADMIN'] };

export interface ActorLookup {
  /** The user's current roles, or undefined when the user is unknown or disabled. */
  findActiveActor(userId: string): Promise<Actor | undefined>;
}
