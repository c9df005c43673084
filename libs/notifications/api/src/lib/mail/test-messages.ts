import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { IdentityQueries } from '@ledger/identity-api';
import { InvalidInputError } from '@ledger/event-store-core';
import { Actor, TooManyRequestsError, commandMetadataFor } from '@ledger/shared-api';
import { normalisedEmail } from '@ledger/shared-domain';
import { TestMessageCommandMessage } from '../write/messages';
import { MAIL_SETTINGS, MailSettings } from './mail-settings';
import { Mailer } from './mailer';
import { ComposedMessage, escapeHtml } from './reminder-messages';

/** One test message per administrator in this long: the action cannot be used to send a flood of mail. */
export const TEST_MESSAGE_INTERVAL_SECONDS = 30;

export const TEST_MESSAGE_SUBJECT = 'Test message from the Governance Ledger';

export interface TestMessageOutcome {
  status: 'SENT' | 'FAILED';
  /** The address it went to (the administrator's own unless they named one). */
  to: string;
  /** The relay's message id when it accepted the message. */
  messageId: string | null;
  attempts: number;
  /** The relay's answer when it refused, or why it could not be reached. */
  reason: string | null;
  /** The id of the message's record (the stream test-message-<id>). */
  recordId: string;
}

/** What a test message says: who asked for it, when, and what it proves (plain text and HTML). */
export function testMessage(requestedBy: string, at: Date, settings: Pick<MailSettings, 'from' | 'publicUrl'>): ComposedMessage {
  const when = at.toLocaleString('en-GB', { timeZone: 'Europe/London', dateStyle: 'long', timeStyle: 'short' });
  const lines = [
    `${requestedBy} sent this test message from the Settings page of the Governance Ledger at ${settings.publicUrl} on ${when} (UK time).`,
    `If you can read it, the ledger can send reminders by email from ${settings.from}.`,
    'Nothing needs doing: you can delete this message.',
  ];
  return {
    subject: TEST_MESSAGE_SUBJECT,
    text: `${lines.join('\n\n')}\n`,
    html: ['<!doctype html>', '<html lang="en-GB"><body>', ...lines.map((line) => `<p>${escapeHtml(line)}</p>`), '</body></html>'].join('\n'),
  };
}

/**
 * The Settings page's "Send a test message": the same relay and retry path as every reminder
 * (a few quick tries: someone waits on the page), recorded like one. Exists only when mail is
 * configured. Limited to one message per administrator every TEST_MESSAGE_INTERVAL_SECONDS, per
 * instance (kept in memory like the sign-in limits, ADR 0017).
 */
@Injectable()
export class TestMessages {
  private readonly logger = new Logger('Mail');
  private readonly limiter = new RateLimiterMemory({ keyPrefix: 'test-message', points: 1, duration: TEST_MESSAGE_INTERVAL_SECONDS });

  constructor(
    private readonly commands: CommandBus,
    private readonly mailer: Mailer,
    private readonly identity: IdentityQueries,
    @Inject(MAIL_SETTINGS) private readonly settings: MailSettings,
  ) {}

  async send(actor: Actor, to: string | null | undefined, now = new Date()): Promise<TestMessageOutcome> {
    const me = await this.identity.findById(actor.userId);
    const typed = to?.trim() || me?.email;
    if (!typed) throw new InvalidInputError('Give the address to send the test message to: your account has no email address', { field: 'to' });
    // An invalid address is refused before it counts against the limit.
    const address = normalisedEmail(typed);
    await this.consume(actor.userId);

    const recordId = randomUUID();
    const message = testMessage(me?.displayName || 'An administrator', now, this.settings);
    const record = (command: TestMessageCommandMessage['command']) => this.commands.execute(new TestMessageCommandMessage(recordId, command, commandMetadataFor(actor)));
    await record({ type: 'RequestTestMessage', to: address, subject: message.subject });
    const delivery = await this.mailer.send({ to: address, ...message }, { interactive: true });
    if (delivery.delivered) {
      await record({ type: 'RecordTestMessageSent', messageId: delivery.messageId, attempts: delivery.attempts });
      this.logger.log({ requestedBy: actor.userId, attempts: delivery.attempts }, 'Test message sent');
      return { status: 'SENT', to: address, messageId: delivery.messageId, attempts: delivery.attempts, reason: null, recordId };
    }
    await record({ type: 'RecordTestMessageFailed', attempts: delivery.attempts, reason: delivery.reason });
    this.logger.warn({ requestedBy: actor.userId, attempts: delivery.attempts, reason: delivery.reason }, 'Test message not delivered');
    return { status: 'FAILED', to: address, messageId: null, attempts: delivery.attempts, reason: delivery.reason, recordId };
  }

  private async consume(userId: string): Promise<void> {
    try {
      await this.limiter.consume(userId);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      throw new TooManyRequestsError(`One test message every ${TEST_MESSAGE_INTERVAL_SECONDS} seconds: try again in ${seconds} s`, seconds);
    }
  }
}
