import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { RecordedEventType } from '@ledger/audit-api';
import { IdentityQueries } from '@ledger/identity-api';
import { ERASED_PERSON, NON_USER_ACTORS } from '@ledger/shared-api';

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
