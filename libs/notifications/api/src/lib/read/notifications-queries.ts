import { Injectable } from '@nestjs/common';
import { DEFAULT_REMINDER_PREFERENCES, ReminderPreferences } from '@ledger/notifications-domain';
import { ReadSide } from '@ledger/shared-api';
import { MAIL_DELIVERIES, MAIL_DELIVERIES_ID, MailDeliveries, MailDeliveriesDoc, NOTIFICATIONS_PROJECTIONS, REMINDER_PREFERENCES, ReminderPreferencesDoc } from '../projections';

const NAMES = NOTIFICATIONS_PROJECTIONS.map((p) => p.name);

/** The notifications query facade: each person's reminder preferences, and how mail has gone. */
@Injectable()
export class NotificationsQueries {
  constructor(private readonly readSide: ReadSide) {}

  /** What the person chose; every kind is on until they turn it off. */
  async preferencesOf(userId: string): Promise<ReminderPreferences> {
    const doc = await (await this.readSide.reader(NAMES)).get<ReminderPreferencesDoc>(REMINDER_PREFERENCES, userId);
    return doc ? { dailyDigest: doc.dailyDigest, decisionRequests: doc.decisionRequests } : { ...DEFAULT_REMINDER_PREFERENCES };
  }

  /** Messages sent, failed and under way since the ledger began, with the last sent and the last failure. */
  async deliveries(): Promise<MailDeliveries> {
    const doc = await (await this.readSide.reader(NAMES)).get<MailDeliveriesDoc>(MAIL_DELIVERIES, MAIL_DELIVERIES_ID);
    if (!doc) return { sent: 0, failed: 0, pending: 0, lastSentAt: null, lastFailure: null };
    return { sent: doc.sent, failed: doc.failed, pending: doc.pending, lastSentAt: doc.lastSentAt, lastFailure: doc.lastFailure };
  }
}
