import { CommandHandler } from '@nestjs/cqrs';
import { NO_STREAM, PersonalDataVault } from '@ledger/event-store-core';
import { IdentityQueries } from '@ledger/identity-api';
import {
  ReminderCommand,
  ReminderEvent,
  ReminderPreferencesCommand,
  ReminderPreferencesEvent,
  ReminderPreferencesState,
  ReminderState,
  TestMessageCommand,
  TestMessageEvent,
  TestMessageState,
  reminderDecider,
  reminderPreferencesDecider,
  reminderPreferencesStreamId,
  testMessageDecider,
  testMessageStreamId,
} from '@ledger/notifications-domain';
import { normalisedEmail } from '@ledger/shared-domain';
import { PreparedCommandHandler, prepareCommand } from '@ledger/shared-api';
import { ReminderCommandMessage, ReminderPreferencesCommandMessage, TestMessageCommandMessage } from './messages';

@CommandHandler(ReminderPreferencesCommandMessage)
export class ReminderPreferencesCommandHandler extends PreparedCommandHandler<
  ReminderPreferencesCommandMessage,
  ReminderPreferencesCommand,
  ReminderPreferencesEvent,
  ReminderPreferencesState
> {
  async prepare({ userId, command, expectedRevision }: ReminderPreferencesCommandMessage) {
    return prepareCommand(reminderPreferencesDecider, reminderPreferencesStreamId(userId), command, { expectedRevision });
  }
}

@CommandHandler(ReminderCommandMessage)
export class ReminderCommandHandler extends PreparedCommandHandler<ReminderCommandMessage, ReminderCommand, ReminderEvent, ReminderState> {
  /**
   * A claim states "no stream" as its expected revision and is never retried: when another
   * instance claimed the message first, the store answers with a conflict and this one skips it.
   */
  async prepare({ reminderId, command, expectedRevision }: ReminderCommandMessage) {
    const options = command.type === 'ClaimReminder' ? { expectedRevision: NO_STREAM, maxAttempts: 1 } : { expectedRevision };
    return prepareCommand(reminderDecider, reminderId, command, options);
  }
}

@CommandHandler(TestMessageCommandMessage)
export class TestMessageCommandHandler extends PreparedCommandHandler<TestMessageCommandMessage, TestMessageCommand, TestMessageEvent, TestMessageState> {
  constructor(
    private readonly identity: IdentityQueries,
    private readonly vault: PersonalDataVault,
  ) {
    super();
  }

  /**
   * A request seals the address: with its account's key when it is a user's (erasing the account
   * makes it unreadable with the rest of their data), otherwise with a key of the message's own.
   * A new message's stream must not exist yet.
   */
  async prepare({ messageId, command, expectedRevision }: TestMessageCommandMessage) {
    const streamId = testMessageStreamId(messageId);
    if (command.type !== 'RequestTestMessage') return prepareCommand(testMessageDecider, streamId, command, { expectedRevision });
    const address = normalisedEmail(command.to);
    const account = await this.identity.findByEmail(address);
    const recipientId = account?.id ?? null;
    const sealedTo = await this.vault.seal(recipientId ?? streamId, address);
    return prepareCommand(testMessageDecider, streamId, { ...command, sealedTo, recipientId }, { expectedRevision: NO_STREAM, maxAttempts: 1 });
  }
}

export const NOTIFICATIONS_COMMAND_HANDLERS = [ReminderPreferencesCommandHandler, ReminderCommandHandler, TestMessageCommandHandler];
