import { CommandHandler } from '@nestjs/cqrs';
import { NO_STREAM } from '@ledger/event-store-core';
import {
  ReminderCommand,
  ReminderEvent,
  ReminderPreferencesCommand,
  ReminderPreferencesEvent,
  ReminderPreferencesState,
  ReminderState,
  reminderDecider,
  reminderPreferencesDecider,
  reminderPreferencesStreamId,
} from '@ledger/notifications-domain';
import { PreparedCommandHandler, prepareCommand } from '@ledger/shared-api';
import { ReminderCommandMessage, ReminderPreferencesCommandMessage } from './messages';

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

export const NOTIFICATIONS_COMMAND_HANDLERS = [ReminderPreferencesCommandHandler, ReminderCommandHandler];
