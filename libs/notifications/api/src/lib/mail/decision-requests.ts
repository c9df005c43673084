import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { CheckpointMovedError, EventStore, ReadModelStore, RecordedEvent } from '@ledger/event-store-core';
import { GatewayReviewRequested } from '@ledger/gateway-domain';
import { IdentityQueries } from '@ledger/identity-api';
import { decisionReminderStreamId } from '@ledger/notifications-domain';
import { EVENT_STORE, READ_MODEL_STORE, ReadSide } from '@ledger/shared-api';
import { mayDo } from '@ledger/shared-domain';
import { WorkQueueGatherer } from '@ledger/work-queue';
import { NotificationsQueries } from '../read/notifications-queries';
import { MAIL_SETTINGS, MailSettings } from './mail-settings';
import { decisionRequestMessage } from './reminder-messages';
import { Recipient, ReminderDeliveries, recipientsFrom } from './reminder-deliveries';

const POLL_MS = 2_000;
/**
 * How far the requests have been handled, kept beside the projections' checkpoints (in the
 * read-model store, shared by every instance) so that a restart carries on from there and a
 * review requested while no server ran is still sent.
 */
export const DECISION_REQUESTS_CHECKPOINT = 'processor:decision-requests';
const PAGE = 200;
/** A request recorded longer ago than this (an import, a demo with a past) is left to the digest. */
const RECENT_MS = 24 * 3600_000;
const isRecent = (event: RecordedEvent) => Date.now() - Date.parse(event.metadata.recordedAt) < RECENT_MS;

/**
 * Follows the log from its checkpoint (its head, the first time) and, for each gateway review requested, tells each person
 * whose work queue now shows that review to decide (the work queue's rules: on the policy's
 * committee and not conflicted, or the clerk who records for the committee). It runs beside the
 * commands, never inside them: a request is acknowledged whatever the relay does. Each message is
 * claimed before it is sent, so instances following the same log send it once between them.
 */
@Injectable()
export class DecisionRequests implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Reminders');
  private cursor = 0n;
  private timer: NodeJS.Timeout | undefined;
  private unsubscribe: (() => void) | undefined;
  private polling: Promise<void> | undefined;
  private stopped = false;
  private readonly inFlight = new Set<Promise<unknown>>();

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_MODEL_STORE) private readonly checkpoints: ReadModelStore,
    private readonly readSide: ReadSide,
    private readonly identity: IdentityQueries,
    private readonly workQueue: WorkQueueGatherer,
    private readonly preferences: NotificationsQueries,
    private readonly deliveries: ReminderDeliveries,
    @Inject(MAIL_SETTINGS) private readonly settings: MailSettings,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // The first start begins at the head: what was requested before mail was set up is in the digest.
    this.cursor = await this.checkpoints.checkpoint(DECISION_REQUESTS_CHECKPOINT);
    if (this.cursor === 0n) await this.advanceTo(await this.store.headPosition());
    this.unsubscribe = this.store.onAppended(() => void this.poll());
    this.timer = setInterval(() => void this.poll(), POLL_MS);
    this.timer.unref();
  }

  /** Before the stores and read models stop: messages under way give up their retries and are recorded. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.unsubscribe?.();
    this.deliveries.stop();
    await this.polling;
    await Promise.allSettled([...this.inFlight]);
  }

  /** Reads what was appended since the last look; one look at a time. */
  poll(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    this.polling ??= (async () => {
      try {
        for (;;) {
          const events = await this.store.readAll({ from: this.cursor + 1n, limit: PAGE });
          for (const event of events) {
            if (event.type === 'GatewayReviewRequested' && isRecent(event)) this.track(this.notifyDeciders(event as RecordedEvent<GatewayReviewRequested>));
          }
          // Each message is claimed before it is sent, so a page handled twice (a crash before this
          // line, or another instance) sends nothing twice.
          if (events.length) await this.advanceTo(events[events.length - 1].position);
          if (events.length < PAGE || this.stopped) break;
        }
      } catch (error) {
        this.logger.error({ reason: (error as Error).message }, 'Could not read the log for decision requests; trying again shortly');
      } finally {
        this.polling = undefined;
      }
    })();
    return this.polling;
  }

  /** Moves the shared checkpoint on; another instance that got further first is followed instead. */
  private async advanceTo(position: bigint): Promise<void> {
    try {
      await this.checkpoints.commit(DECISION_REQUESTS_CHECKPOINT, this.cursor, position, { puts: [], deletes: [] });
      this.cursor = position;
    } catch (error) {
      if (!(error instanceof CheckpointMovedError)) throw error;
      const elsewhere = await this.checkpoints.checkpoint(DECISION_REQUESTS_CHECKPOINT);
      this.cursor = elsewhere > position ? elsewhere : position;
    }
  }

  /** Waits for every message under way (tests, and shutdown). */
  async settled(): Promise<void> {
    await this.poll();
    while (this.inFlight.size) await Promise.allSettled([...this.inFlight]);
  }

  private track(work: Promise<unknown>): void {
    const tracked = work
      .catch((error) => this.logger.error({ reason: (error as Error).message }, 'A decision request could not be sent'))
      .finally(() => this.inFlight.delete(tracked));
    this.inFlight.add(tracked);
  }

  private async notifyDeciders(event: RecordedEvent<GatewayReviewRequested>): Promise<void> {
    // The work queue reads the read models: wait until they show this request.
    await this.readSide.waitFor(event.position);
    const { procurementId, reviewId } = event.data;
    const now = new Date();
    const deciders: Recipient[] = [];
    for (const recipient of await recipientsFrom(this.identity)) {
      if (mayDo(recipient.actor.roles, 'recordGatewayDecisions') && (await this.preferences.preferencesOf(recipient.actor.userId)).decisionRequests)
        deciders.push(recipient);
    }
    // Every decider's queue from one read of each register.
    const queues = await this.workQueue.itemsForEach(
      deciders.map((recipient) => recipient.actor),
      now,
    );
    for (const [index, recipient] of deciders.entries()) {
      const item = queues[index].find((i) => i.kind === 'GATEWAY_DECISION_AWAITED' && i.subjectId === procurementId);
      if (!item) continue;
      const message = decisionRequestMessage(recipient.displayName, item, this.settings.publicUrl);
      await this.deliveries.deliver(decisionReminderStreamId(reviewId, recipient.actor.userId), 'DECISION_REQUEST', reviewId, recipient, message);
    }
  }
}
