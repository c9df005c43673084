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

/** The checkpoint signer (LogCheckpointsModule): named on the checkpoints the product signs by itself. */
export const CHECKPOINTS_SYSTEM_ACTOR_ID = 'system:checkpoints';

/** The demo data loader (libs/demo): recorded on the events of the demo authority's past. */
export const DEMO_DATA_ACTOR_ID = 'demo-data';

/** The reminder sender (libs/notifications): records each message it claims, sends or gives up on. */
export const REMINDERS_SYSTEM_ACTOR_ID = 'system:reminders';

/** How the history names someone whose personal data was erased (as the registers and the admin do). */
export const ERASED_PERSON = 'Erased person';

/**
 * The actors that are no user, by the id recorded in event metadata, named as the history shows
 * them: the API (RecordedEvent.actorName) and the CLI (`ledger history`) read this one table.
 */
export const NON_USER_ACTORS: Readonly<Record<string, string>> = {
  [SYSTEM_ACTOR.userId]: 'The ledger (system)',
  [CHECKPOINTS_SYSTEM_ACTOR_ID]: 'The ledger (checkpoints)',
  [REMINDERS_SYSTEM_ACTOR_ID]: 'The ledger (reminders)',
  [DEMO_DATA_ACTOR_ID]: 'Demo data loader',
  'system:single-sign-on': 'The ledger (role mapping at single sign-on)',
};

export interface ActorLookup {
  /** The user's current roles, or undefined when the user is unknown or disabled. */
  findActiveActor(userId: string): Promise<Actor | undefined>;
}
