import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ukDateOf } from '@ledger/shared-domain';
import { DailyDigest } from './daily-digest';
import { MAIL_SETTINGS, MailSettings } from './mail-settings';
import { ReminderDeliveries } from './reminder-deliveries';

const ukClock = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** HH:MM in the UK (GMT or BST) at an instant. */
export const ukTimeOf = (instant: Date): string => ukClock.format(instant);

/**
 * Runs the digest once a UK day at REMINDER_DIGEST_TIME. It looks once a minute rather than
 * sleeping until the time, so clock changes (GMT/BST) and a host's sleep cannot skip a day; a
 * server started after the time sends that day's digest at once unless another run already did
 * (the claims see to that).
 */
@Injectable()
export class DigestSchedule implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Reminders');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private lastDay: string | undefined;

  constructor(
    private readonly digest: DailyDigest,
    private readonly deliveries: ReminderDeliveries,
    @Inject(MAIL_SETTINGS) private readonly settings: MailSettings,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.tick(new Date()), 60_000);
    this.timer.unref();
    void this.tick(new Date());
  }

  /** Before the stores stop: a run under way claims nobody further, and its retries give up. */
  async beforeApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.deliveries.stop();
    await this.running;
  }

  /** Sends the day's digest when its time has come and this process has not sent it yet today. */
  tick(now: Date): Promise<void> {
    const day = ukDateOf(now);
    if (this.running || this.lastDay === day || ukTimeOf(now) < this.settings.digestTime) return this.running ?? Promise.resolve();
    this.running = (async () => {
      try {
        const sent = await this.digest.run(now);
        this.lastDay = day;
        this.logger.log({ day, digests: sent.length }, 'Daily digest run');
      } catch (error) {
        this.logger.error({ day, reason: (error as Error).message }, 'Daily digest failed; it is tried again next minute');
      } finally {
        this.running = undefined;
      }
    })();
    return this.running;
  }
}
