import { Injectable, Logger } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ConcurrencyConflictError, RuleViolationError } from '@ledger/event-store-core';
import { IdentityQueries } from '@ledger/identity-api';
import { ReminderKind } from '@ledger/notifications-domain';
import { Actor, REMINDERS_SYSTEM_ACTOR_ID, commandMetadataFor } from '@ledger/shared-api';
import { ReminderCommandMessage } from '../write/messages';
import { ComposedMessage } from './reminder-messages';
import { Mailer } from './mailer';

/** Reminders are recorded as sent by the ledger itself, not by a person. */
export const REMINDERS_ACTOR: Actor = { userId: REMINDERS_SYSTEM_ACTOR_ID, roles: ['ADMIN'] };

/** STOPPED: the server was stopping, so the message was not claimed (another instance or the next run sends it). */
export type DeliveryOutcome = 'SENT' | 'FAILED' | 'ALREADY_CLAIMED' | 'STOPPED';

/** A person who may receive reminders: an active account with an email. */
export interface Recipient {
  actor: Actor & { email: string };
  displayName: string;
}

/**
 * One message, exactly once: claim its stream ("no stream" expected), send, record the outcome.
 * A second instance (or a second run) that finds the message claimed skips it.
 */
@Injectable()
export class ReminderDeliveries {
  private readonly logger = new Logger('Reminders');

  constructor(
    private readonly commands: CommandBus,
    private readonly mailer: Mailer,
  ) {}

  /** Lets a message waiting to retry give up now, and claims no more (the server is stopping). */
  stop(): void {
    this.mailer.stop();
  }

  async deliver(reminderId: string, kind: ReminderKind, about: string, recipient: Recipient, message: ComposedMessage): Promise<DeliveryOutcome> {
    const recipientId = recipient.actor.userId;
    if (this.mailer.stopped) return 'STOPPED';
    try {
      await this.record(reminderId, { type: 'ClaimReminder', kind, recipientId, subject: message.subject, about });
    } catch (error) {
      if (error instanceof ConcurrencyConflictError || error instanceof RuleViolationError) return 'ALREADY_CLAIMED';
      throw error;
    }
    const delivery = await this.mailer.send({ to: recipient.actor.email, subject: message.subject, text: message.text, html: message.html });
    if (delivery.delivered) {
      await this.record(reminderId, { type: 'RecordReminderSent', messageId: delivery.messageId, attempts: delivery.attempts });
      this.logger.log({ kind, recipientId, attempts: delivery.attempts }, 'Reminder sent');
      return 'SENT';
    }
    await this.record(reminderId, { type: 'RecordReminderFailed', attempts: delivery.attempts, reason: delivery.reason });
    this.logger.error({ kind, recipientId, attempts: delivery.attempts, reason: delivery.reason }, 'Reminder not delivered');
    return 'FAILED';
  }

  private record(reminderId: string, command: ReminderCommandMessage['command']): Promise<unknown> {
    return this.commands.execute(new ReminderCommandMessage(reminderId, command, commandMetadataFor(REMINDERS_ACTOR)));
  }
}

/** Everyone who can be told: active, unerased accounts with an email address. */
export async function recipientsFrom(identity: IdentityQueries): Promise<Recipient[]> {
  return (await identity.list())
    .filter((user) => !user.disabled && !user.erased && user.email.includes('@'))
    .map((user) => ({ actor: { userId: user.id, roles: user.roles, email: user.email }, displayName: user.displayName }));
}
