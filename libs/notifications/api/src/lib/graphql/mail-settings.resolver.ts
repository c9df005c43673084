import { Inject, Optional } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RuleViolationError } from '@ledger/event-store-core';
import { Actor, CurrentActor, Roles } from '@ledger/shared-api';
import { MAIL_SETTINGS, MailSettings } from '../mail/mail-settings';
import { TEST_MESSAGE_INTERVAL_SECONDS, TestMessages } from '../mail/test-messages';
import { NotificationsQueries } from '../read/notifications-queries';
import { testMessageStreamId } from '@ledger/notifications-domain';
import { MailSettingsType, SendTestMessageArgs, TestMessageResultType, TestMessageStatus } from './notifications.types';
import { MAIL_ADMINISTRATORS } from './roles';

/** Where the relay is, from SMTP_URL: host and port only (never its user name or password). */
export function relayOf(smtpUrl: string): { host: string; port: number; secure: boolean } {
  const url = new URL(smtpUrl);
  const secure = url.protocol === 'smtps:';
  // Nodemailer's defaults when the URL names no port: 465 for TLS from the start, else 587.
  return { host: url.hostname, port: url.port ? Number(url.port) : secure ? 465 : 587, secure };
}

/** The Settings page's mail section (issue 15 part 4): always in the schema, whether mail is configured or not. */
@Resolver(() => MailSettingsType)
export class MailSettingsResolver {
  constructor(
    private readonly queries: NotificationsQueries,
    @Optional() @Inject(MAIL_SETTINGS) private readonly settings?: MailSettings | null,
    @Optional() private readonly testMessages?: TestMessages,
  ) {}

  @Roles(...MAIL_ADMINISTRATORS)
  @Query(() => MailSettingsType, { description: 'How this installation sends mail, and how mail has gone (administrators)' })
  async mailSettings(): Promise<MailSettingsType> {
    const settings = this.settings ?? null;
    const relay = settings ? relayOf(settings.smtpUrl) : null;
    const { lastSentAt, lastFailure, ...counts } = await this.queries.deliveries();
    return {
      configured: !!settings,
      from: settings?.from ?? null,
      smtpHost: relay?.host ?? null,
      smtpPort: relay?.port ?? null,
      secure: relay?.secure ?? null,
      digestTime: settings?.digestTime ?? null,
      publicUrl: settings?.publicUrl ?? null,
      testMessageIntervalSeconds: TEST_MESSAGE_INTERVAL_SECONDS,
      deliveries: {
        ...counts,
        lastSentAt: lastSentAt ? new Date(lastSentAt) : null,
        lastFailure: lastFailure ? { ...lastFailure, at: new Date(lastFailure.at) } : null,
      },
    };
  }

  @Roles(...MAIL_ADMINISTRATORS)
  @Mutation(() => TestMessageResultType, {
    description:
      'Sends a test message (plain text and HTML) through the relay, to `to` or the administrator’s own address, and records it (TestMessageRequested, then TestMessageSent or TestMessageFailed). A refusal by the relay is an answer (status FAILED), not an error. RULE_VIOLATION when mail is not configured (nothing recorded); BAD_USER_INPUT for an invalid address; TOO_MANY_REQUESTS more than once in 30 seconds.',
  })
  async sendTestMessage(@CurrentActor() actor: Actor, @Args() { to }: SendTestMessageArgs): Promise<TestMessageResultType> {
    if (!this.testMessages) throw new RuleViolationError('Mail is not configured: set SMTP_URL and MAIL_FROM to send mail', { reason: 'MAIL_NOT_CONFIGURED' });
    const outcome = await this.testMessages.send(actor, to);
    return {
      status: outcome.status === 'SENT' ? TestMessageStatus.SENT : TestMessageStatus.FAILED,
      to: outcome.to,
      messageId: outcome.messageId,
      attempts: outcome.attempts,
      reason: outcome.reason,
      streamId: testMessageStreamId(outcome.recordId),
    };
  }
}
