import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { RecordedEventType } from '@ledger/audit-api';
import { IdentityQueries } from '@ledger/identity-api';
import { REMINDERS_ACTOR } from '@ledger/notifications-api';
import { CHECKPOINT_SYSTEM_ACTOR, SYSTEM_ACTOR } from '@ledger/shared-api';

/** How the history names someone whose personal data was erased (as the registers and the admin do). */
export const ERASED_PERSON = 'Erased person';
/** The actors that are no user: the ledger acting on its own (bootstrap, migrations, checkpoints) and the demo loader. */
export const NON_USER_ACTORS: Readonly<Record<string, string>> = {
  [SYSTEM_ACTOR.userId]: 'The ledger (system)',
  [CHECKPOINT_SYSTEM_ACTOR.actorId]: 'The ledger (checkpoints)',
  [REMINDERS_ACTOR.userId]: 'The ledger (reminders)',
  'demo-data': 'Demo data loader',
};

/** One request's names by user id: a page of history names the same few people many times. */
const namesByRequest = new WeakMap<object, Map<string, Promise<string | null>>>();

/**
 * RecordedEvent.actorName joins two contexts, so the app composes it: the audit context reads the
 * log, the identity context owns the users; neither imports the other.
 */
@Resolver(() => RecordedEventType)
export class RecordedEventActorResolver {
  constructor(private readonly identity: IdentityQueries) {}

  @ResolveField(() => String, {
    nullable: true,
    description:
      'Who acted, by name as the users list has it now ("Erased person" once erased), or what acted (the ledger, the demo loader); null when unknown',
  })
  actorName(@Parent() event: RecordedEventType, @Context() context: object): Promise<string | null> {
    const { actorId } = event;
    if (!actorId) return Promise.resolve(null);
    let names = namesByRequest.get(context);
    if (!names) namesByRequest.set(context, (names = new Map()));
    let name = names.get(actorId);
    if (!name) names.set(actorId, (name = this.nameOf(actorId)));
    return name;
  }

  private async nameOf(actorId: string): Promise<string | null> {
    if (Object.hasOwn(NON_USER_ACTORS, actorId)) return NON_USER_ACTORS[actorId];
    const user = await this.identity.findById(actorId);
    if (!user) return null;
    return user.erased ? ERASED_PERSON : user.displayName;
  }
}
