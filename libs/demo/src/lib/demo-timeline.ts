import { CommandBus } from '@nestjs/cqrs';
import { Actor, commandMetadataFor, newAggregateId } from '@ledger/shared-api';
import { CommandMetadata } from '@ledger/event-store-core';
import { IsoDate, addDays, addMonths, ukDateOf } from '@ledger/shared-domain';

/**
 * The demo tells the seed authority's last eighteen months, so "as at" a past instant shows the
 * registers as they were then. Each demo command is recorded at its own past instant, in story
 * order, one minute after the one before; the events chain and verify like any other.
 *
 * Demo-only: this is the one place a command's instant is chosen rather than read from the clock.
 * The API and the CLI never let a caller choose it, and every event written here names the demo
 * actor, so nobody can mistake the story for real decisions.
 */
export class DemoTimeline {
  private current: Date;

  constructor(
    private readonly actor: Actor,
    /** The real instant the demo is loaded: the story ends before it. */
    private readonly end: Date,
  ) {
    this.current = this.ago(18, 1);
  }

  /** 10:00 UTC on the day `monthsAgo` months and `daysAgo` days before the load: chapters start in office hours. */
  ago(monthsAgo: number, daysAgo = 0): Date {
    return new Date(`${addDays(addMonths(this.loadDay(), -monthsAgo), -daysAgo)}T10:00:00Z`);
  }

  /** Moves the story on to `instant`; when the previous chapter ran past it, the story carries on from there. */
  moveTo(instant: Date): void {
    if (instant > this.current) this.current = instant;
  }

  /** The metadata of the next command: its instant one minute after the previous one. */
  meta(): CommandMetadata {
    this.current = new Date(this.current.getTime() + 60_000);
    if (this.current > this.end) throw new Error('The demo story ran into the present: give its last chapter more room');
    return commandMetadataFor(this.actor, { now: this.current });
  }

  /** The UK calendar day the story is at. */
  today(): IsoDate {
    return ukDateOf(this.current);
  }

  /** The UK calendar day `months` from the story's day (negative: before it). */
  monthsFromToday(months: number): IsoDate {
    return addMonths(this.today(), months);
  }

  /** The real day the demo is loaded. */
  loadDay(): IsoDate {
    return ukDateOf(this.end);
  }
}

/** What every chapter of the demo story shares: the bus, the timeline, and the ids of what it named. */
export class DemoStory {
  private readonly ids = new Map<string, string>();

  constructor(
    readonly bus: CommandBus,
    readonly timeline: DemoTimeline,
  ) {}

  /** The id of the `kind` thing the story calls `key`: the same id every time it is named. */
  idOf(kind: string, key: string): string {
    const id = this.ids.get(`${kind}:${key}`) ?? newAggregateId(kind);
    this.ids.set(`${kind}:${key}`, id);
    return id;
  }

  meta(): CommandMetadata {
    return this.timeline.meta();
  }

  /** Runs one command on the bus at the story's next instant. */
  send<T>(message: (meta: CommandMetadata) => T): Promise<unknown> {
    return this.bus.execute(message(this.meta()) as never);
  }
}
