import { DynamicModule, Module, OnModuleInit, Provider } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { IdentityModule } from '@ledger/identity-api';
import { ProjectionRegistry } from '@ledger/shared-api';
import { WorkQueueModule } from '@ledger/work-queue';
import { MailSettingsResolver } from './graphql/mail-settings.resolver';
import { NotificationsResolver } from './graphql/notifications.resolver';
import { DailyDigest } from './mail/daily-digest';
import { DecisionRequests } from './mail/decision-requests';
import { DigestSchedule } from './mail/digest-schedule';
import { MAIL_SETTINGS, MailSettings } from './mail/mail-settings';
import { Mailer } from './mail/mailer';
import { ReminderDeliveries } from './mail/reminder-deliveries';
import { TestMessages } from './mail/test-messages';
import { NOTIFICATIONS_PROJECTIONS } from './projections';
import { NotificationsQueries } from './read/notifications-queries';
import { NOTIFICATIONS_COMMAND_HANDLERS } from './write/handlers';

/**
 * Reminders by email (ADR 0031). Preferences are always served (the schema does not depend on the
 * configuration); the mail side (transport, the decision-request follower, the daily timer) exists
 * only when SMTP_URL is set, so without it the product runs exactly as before.
 */
@Module({})
export class NotificationsModule implements OnModuleInit {
  constructor(private readonly projections: ProjectionRegistry) {}

  /** `background: false` (the CLI) gives the digest on demand without the follower or the timer. */
  static forRoot(settings: MailSettings | null, options: { background?: boolean } = {}): DynamicModule {
    const background = options.background ?? true;
    const mail: Provider[] = settings
      ? [{ provide: MAIL_SETTINGS, useValue: settings }, Mailer, ReminderDeliveries, TestMessages, ...(background ? [DecisionRequests, DigestSchedule] : [])]
      : [];
    return {
      module: NotificationsModule,
      imports: [CqrsModule, IdentityModule, WorkQueueModule],
      providers: [NotificationsQueries, ...NOTIFICATIONS_COMMAND_HANDLERS, NotificationsResolver, MailSettingsResolver, DailyDigest, ...mail],
      exports: [NotificationsQueries, DailyDigest, ...(settings && background ? [DecisionRequests, DigestSchedule] : [])],
    };
  }

  onModuleInit(): void {
    this.projections.register(...NOTIFICATIONS_PROJECTIONS);
  }
}
