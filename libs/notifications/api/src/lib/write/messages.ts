import { CommandMetadata } from '@ledger/event-store-core';
import { ReminderPreferencesRequest, ReminderRequest, TestMessageRequest } from '@ledger/notifications-domain';

/** A person's choice of reminders. */
export class ReminderPreferencesCommandMessage {
  constructor(
    readonly userId: string,
    readonly command: ReminderPreferencesRequest,
    readonly metadata: CommandMetadata,
    readonly expectedRevision?: number,
  ) {}
}

/** One reminder message: its claim, then its outcome. `reminderId` is the whole stream id (see digestReminderStreamId). */
export class ReminderCommandMessage {
  constructor(
    readonly reminderId: string,
    readonly command: ReminderRequest,
    readonly metadata: CommandMetadata,
    readonly expectedRevision?: number,
  ) {}
}

/** A test message from the Settings page: its request, then its outcome. `messageId` is chosen by the server (see testMessageStreamId). */
export class TestMessageCommandMessage {
  constructor(
    readonly messageId: string,
    readonly command: TestMessageRequest,
    readonly metadata: CommandMetadata,
    readonly expectedRevision?: number,
  ) {}
}
