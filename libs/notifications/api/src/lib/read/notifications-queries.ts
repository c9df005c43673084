import { Injectable } from '@nestjs/common';
import { DEFAULT_REMINDER_PREFERENCES, ReminderPreferences } from '@ledger/notifications-domain';
import { ReadSide } from '@ledger/shared-api';
import { NOTIFICATIONS_PROJECTIONS, REMINDER_PREFERENCES, ReminderPreferencesDoc } from '../projections';

const NAMES = NOTIFICATIONS_PROJECTIONS.map((p) => p.name);

/** The notifications query facade: each person's reminder preferences. */
@Injectable()
export class NotificationsQueries {
  constructor(private readonly readSide: ReadSide) {}

  /** What the person chose; every kind is on until they turn it off. */
  async preferencesOf(userId: string): Promise<ReminderPreferences> {
    const doc = await (await this.readSide.reader(NAMES)).get<ReminderPreferencesDoc>(REMINDER_PREFERENCES, userId);
    return doc ? { dailyDigest: doc.dailyDigest, decisionRequests: doc.decisionRequests } : { ...DEFAULT_REMINDER_PREFERENCES };
  }
}
