import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { Actor, CurrentActor, commandMetadataFor } from '@ledger/shared-api';
import { NotificationsQueries } from '../read/notifications-queries';
import { DailyDigest } from '../mail/daily-digest';
import { ReminderPreferencesCommandMessage } from '../write/messages';
import { ReminderPreferencesInput, ReminderPreferencesType } from './notifications.types';

// Every signed-in user holds their own preferences (see roles.ts): no @Roles here.
@Resolver(() => ReminderPreferencesType)
export class NotificationsResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: NotificationsQueries,
    private readonly digest: DailyDigest,
  ) {}

  @Query(() => ReminderPreferencesType, { description: 'Which reminders the signed-in user receives by email' })
  async myReminderPreferences(@CurrentActor() actor: Actor): Promise<ReminderPreferencesType> {
    return { ...(await this.queries.preferencesOf(actor.userId)), mailEnabled: this.digest.mailEnabled };
  }

  @Mutation(() => ReminderPreferencesType, { description: 'Turns each kind of reminder on or off for the signed-in user; recorded as an event' })
  async setMyReminderPreferences(@CurrentActor() actor: Actor, @Args('input') input: ReminderPreferencesInput): Promise<ReminderPreferencesType> {
    const command = { type: 'SetReminderPreferences', userId: actor.userId, dailyDigest: input.dailyDigest, decisionRequests: input.decisionRequests } as const;
    await this.commands.execute(new ReminderPreferencesCommandMessage(actor.userId, command, commandMetadataFor(actor)));
    return this.myReminderPreferences(actor);
  }
}
