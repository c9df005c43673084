import { Inject, Injectable, Optional } from '@nestjs/common';
import { IdentityQueries } from '@ledger/identity-api';
import { digestReminderStreamId } from '@ledger/notifications-domain';
import { ukDateOf } from '@ledger/shared-domain';
import { WorkQueueGatherer } from '@ledger/work-queue';
import { NotificationsQueries } from '../read/notifications-queries';
import { MAIL_SETTINGS, MailSettings } from './mail-settings';
import { digestMessage } from './reminder-messages';
import { DeliveryOutcome, Recipient, ReminderDeliveries, recipientsFrom } from './reminder-deliveries';

export interface PlannedDigest {
  userId: string;
  email: string;
  subject: string;
  items: number;
  overdue: number;
  /** What happened; absent on a dry run. */
  outcome?: DeliveryOutcome;
}

/**
 * The daily digest: each person with an account, an email and the digest on gets the items of their
 * work queue (myWork, by its own rules and horizons) as at the day, when there are any. One digest
 * per person and UK day, whichever instance or run sends it.
 */
@Injectable()
export class DailyDigest {
  constructor(
    private readonly identity: IdentityQueries,
    private readonly workQueue: WorkQueueGatherer,
    private readonly preferences: NotificationsQueries,
    @Optional() private readonly deliveries?: ReminderDeliveries,
    @Optional() @Inject(MAIL_SETTINGS) private readonly settings?: MailSettings | null,
  ) {}

  get mailEnabled(): boolean {
    return !!this.settings && !!this.deliveries;
  }

  /** A dry run says who would receive what and sends and records nothing (it works without SMTP_URL too). */
  async run(now: Date, options: { dryRun?: boolean; publicUrl?: string } = {}): Promise<PlannedDigest[]> {
    const day = ukDateOf(now);
    const publicUrl = this.settings?.publicUrl ?? options.publicUrl ?? 'http://localhost:3000';
    const planned: PlannedDigest[] = [];
    const recipients: Recipient[] = [];
    for (const recipient of await recipientsFrom(this.identity)) {
      if ((await this.preferences.preferencesOf(recipient.actor.userId)).dailyDigest) recipients.push(recipient);
    }
    // Everyone's queue from one read of each register.
    const queues = await this.workQueue.itemsForEach(
      recipients.map((recipient) => recipient.actor),
      now,
    );
    for (const [index, recipient] of recipients.entries()) {
      const items = queues[index];
      if (!items.length) continue;
      const message = digestMessage(recipient.displayName, items, day, publicUrl);
      const plan: PlannedDigest = {
        userId: recipient.actor.userId,
        email: recipient.actor.email,
        subject: message.subject,
        items: items.length,
        overdue: items.filter((item) => item.overdue).length,
      };
      if (!options.dryRun) {
        if (!this.deliveries) throw new Error('Mail is not configured: set SMTP_URL and MAIL_FROM');
        plan.outcome = await this.deliveries.deliver(digestReminderStreamId(recipient.actor.userId, day), 'DAILY_DIGEST', day, recipient, message);
      }
      planned.push(plan);
    }
    return planned;
  }
}
