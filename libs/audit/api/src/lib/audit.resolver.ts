import { Inject } from '@nestjs/common';
import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { EventStore, HistoryFilter, InvalidInputError, PersonalDataVault, RecordedEvent, readHistory, recordedStore, verifyEventLog } from '@ledger/event-store-core';
import { EVENT_STORE, Roles } from '@ledger/shared-api';
import { PERMISSIONS } from '@ledger/shared-domain';
import { AuditVerificationType, DecisionHistoryArgs, EventPageType, RecordedEventType } from './audit.types';
import { openPersonalData, redactCredentials } from './open-personal-data';

const AUDITORS = PERMISSIONS.audit;

function cursor(from?: string): bigint | undefined {
  if (from === undefined || from === null || from === '') return undefined;
  if (!/^\d+$/.test(from)) throw new InvalidInputError('from must be a position (digits), as returned in nextFrom', { field: 'from' });
  return BigInt(from);
}

/** What auditors use: the decision history, timelines and the chain verification. */
@Resolver(() => RecordedEventType)
export class AuditResolver {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly vault: PersonalDataVault,
  ) {}

  @Roles(...AUDITORS)
  @Query(() => EventPageType, { description: 'The log in global order, filtered, a page at a time: who did what, when, why' })
  async decisionHistory(@Args() args: DecisionHistoryArgs): Promise<EventPageType> {
    const { streamId, streamPrefix, types, actorId, correlationId, since, until } = args;
    for (const [field, value] of Object.entries({ since, until })) {
      if (value && Number.isNaN(value.getTime())) throw new InvalidInputError(`${field} is not a valid instant`, { field });
    }
    return this.page({ streamId, streamPrefix, types, actorId, correlationId, since, until }, cursor(args.from), args.limit);
  }

  @Roles(...AUDITORS)
  @Query(() => EventPageType, { description: 'Everything recorded about a procurement: its gateway stream and the lessons that name it' })
  procurementTimeline(@Args('procurementId', { type: () => ID }) procurementId: string, @Args('from', { nullable: true }) from?: string): Promise<EventPageType> {
    return this.page({ mentions: procurementId }, cursor(from), 500);
  }

  @Roles(...AUDITORS)
  @Query(() => EventPageType, { description: 'Everything recorded about a person: registration, posts, skills, training, decisions they took' })
  personTimeline(@Args('staffMemberId', { type: () => ID }) staffMemberId: string, @Args('from', { nullable: true }) from?: string): Promise<EventPageType> {
    return this.page({ mentions: staffMemberId }, cursor(from), 500);
  }

  @Roles(...AUDITORS)
  @Query(() => AuditVerificationType, { description: 'Walks the whole log and re-derives every hash; names the first broken position' })
  async verifyAuditChain(): Promise<AuditVerificationType> {
    const report = await verifyEventLog(this.store);
    return { ...report, firstBrokenPosition: report.firstBrokenPosition?.toString() ?? null, checkedAt: new Date() };
  }

  private async page(filter: HistoryFilter, from: bigint | undefined, limit?: number): Promise<EventPageType> {
    // Auditors read events as recorded (and hashed), not as upcasted.
    const { events, nextFrom } = await readHistory(recordedStore(this.store), filter, { from, limit });
    const data = await openPersonalData(this.vault, events.map((e) => e.data));
    return { events: events.map((event, i) => present(event, redactCredentials(data[i]))), nextFrom: nextFrom?.toString() ?? null };
  }
}

function present(event: RecordedEvent, data: unknown): RecordedEventType {
  const { metadata } = event;
  return {
    position: event.position.toString(),
    streamId: event.streamId,
    revision: event.revision,
    type: event.type,
    recordedAt: new Date(metadata.recordedAt),
    actorId: metadata.actorId,
    actorRoles: metadata.actorRoles,
    commandId: metadata.commandId,
    correlationId: metadata.correlationId,
    causationId: metadata.causationId,
    schemaVersion: metadata.schemaVersion,
    data: JSON.stringify(data),
    prevHash: metadata.prevHash,
    hash: metadata.hash,
  };
}
