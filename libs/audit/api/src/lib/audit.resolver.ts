import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  CheckpointSummary,
  EventStore,
  HistoryFilter,
  InvalidInputError,
  LOG_CHECKPOINT_SIGNED,
  LogCheckpoints,
  RuleViolationError,
  StoreIntegrityError,
  PersonalDataVault,
  RecordedEvent,
  readHistory,
  recordedStore,
} from '@ledger/event-store-core';
import { Actor, CurrentActor, EVENT_STORE, ProjectionRegistry, Roles, UniqueValueEvent } from '@ledger/shared-api';
import { PERMISSIONS } from '@ledger/shared-domain';
import { AuditVerificationType, DecisionHistoryArgs, EventPageType, LogCheckpointType, RecordedEventType, SignedLogCheckpointType } from './audit.types';
import { hideErasedAccountsInClear, openPersonalData, redactCredentials } from './open-personal-data';

const AUDITORS = PERMISSIONS.audit;

/** Events the ledger records for itself, which no read model folds. */
const LEDGER_BOOKKEEPING_TYPES: readonly string[] = [
  LOG_CHECKPOINT_SIGNED,
  ...(['UniqueValueClaimed', 'UniqueValueReleased'] satisfies UniqueValueEvent['type'][]),
];

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
    private readonly checkpoints: LogCheckpoints,
    private readonly projections: ProjectionRegistry,
  ) {}

  @Roles(...AUDITORS)
  @Query(() => EventPageType, { description: 'The log in global order, filtered, a page at a time: who did what, when, why' })
  async decisionHistory(@Args() args: DecisionHistoryArgs): Promise<EventPageType> {
    const { streamId, streamPrefix, types, actorId, correlationId, since, until } = args;
    for (const [field, value] of Object.entries({ since, until })) {
      if (value && Number.isNaN(value.getTime())) throw new InvalidInputError(`${field} is not a valid instant`, { field });
    }
    return this.page({ streamId, streamPrefix, types, actorId, correlationId, since, until }, cursor(args.from), args.limit, args.newestFirst ?? false);
  }

  @Roles(...AUDITORS)
  @Query(() => [String], {
    description: 'Every event type the ledger records, A to Z: those its read models fold, and its own bookkeeping (checkpoints, unique-value reservations)',
  })
  eventTypes(): string[] {
    // Derived from the projections the contexts register, so a context's new event appears here
    // once a read model folds it; the committed apps/api/event-types.json is held to this list.
    const types = new Set([...this.projections.all().flatMap((projection) => projection.handles), ...LEDGER_BOOKKEEPING_TYPES]);
    return [...types].sort((a, b) => a.localeCompare(b));
  }

  @Roles(...AUDITORS)
  @Query(() => EventPageType, { description: 'Everything recorded about a procurement: its gateway stream and the lessons that name it' })
  procurementTimeline(
    @Args('procurementId', { type: () => ID }) procurementId: string,
    @Args('from', { nullable: true }) from?: string,
  ): Promise<EventPageType> {
    return this.page({ mentions: procurementId }, cursor(from), 500);
  }

  @Roles(...AUDITORS)
  @Query(() => EventPageType, { description: 'Everything recorded about a person: registration, posts, skills, training, decisions they took' })
  personTimeline(@Args('staffMemberId', { type: () => ID }) staffMemberId: string, @Args('from', { nullable: true }) from?: string): Promise<EventPageType> {
    return this.page({ mentions: staffMemberId }, cursor(from), 500);
  }

  @Roles(...AUDITORS)
  @Query(() => AuditVerificationType, {
    description: 'Walks the whole log, re-derives every hash and checks every signed checkpoint; names the first position that no longer matches',
  })
  async verifyAuditChain(): Promise<AuditVerificationType> {
    const report = await this.checkpoints.verify();
    return {
      ...report,
      firstBrokenPosition: report.firstBrokenPosition?.toString() ?? null,
      latestCheckpoint: report.latestCheckpoint && checkpointView(report.latestCheckpoint),
      checkedAt: new Date(),
    };
  }

  @Roles(...AUDITORS)
  @Mutation(() => SignedLogCheckpointType, {
    description: 'Verifies the log and signs a checkpoint of its head now; returns the newest one when nothing was appended since it',
  })
  async signLogCheckpoint(@CurrentActor() actor: Actor): Promise<SignedLogCheckpointType> {
    const head = await this.checkpoints.sign('on-demand', { actorId: actor.userId, actorRoles: actor.roles }, new Date()).catch((error: Error) => {
      // The auditor needs to know why: the log no longer verifies (what verifyAuditChain names).
      throw error instanceof StoreIntegrityError ? new RuleViolationError(error.message) : error;
    });
    return { ...checkpointView(head.checkpoint), signature: head.checkpoint.signature, recorded: head.recorded, publicKey: this.checkpoints.publicKeyPem() };
  }

  @Roles(...AUDITORS)
  @Query(() => String, { description: 'The public key (PEM) that verifies this installation’s checkpoints' })
  logCheckpointPublicKey(): string {
    return this.checkpoints.publicKeyPem();
  }

  private async page(filter: HistoryFilter, from: bigint | undefined, limit?: number, newestFirst = false): Promise<EventPageType> {
    // Auditors read events as recorded (and hashed), not as upcasted.
    const { events, nextFrom } = await readHistory(recordedStore(this.store), filter, { from, limit, newestFirst });
    const data = await hideErasedAccountsInClear(
      this.vault,
      events,
      await openPersonalData(
        this.vault,
        events.map((e) => e.data),
      ),
    );
    return { events: events.map((event, i) => present(event, summariseCheckpoint(event, redactCredentials(data[i])))), nextFrom: nextFrom?.toString() ?? null };
  }
}

/**
 * A checkpoint carries 32 bytes per event it covers, for verification; a history page shows how
 * many instead (`ledger export` has them all).
 */
function summariseCheckpoint(event: RecordedEvent, data: unknown): unknown {
  if (event.type !== LOG_CHECKPOINT_SIGNED || !data || typeof data !== 'object') return data;
  const { rangeEventHashes, ...rest } = data as { rangeEventHashes?: string };
  return { ...rest, rangeEventHashes: `${Buffer.from(rangeEventHashes ?? '', 'base64').length / 32} event hashes (see ledger export)` };
}

function checkpointView(checkpoint: CheckpointSummary): LogCheckpointType {
  return {
    treeSize: checkpoint.treeSize,
    rootHash: checkpoint.rootHash,
    signedAt: new Date(checkpoint.signedAt),
    keyId: checkpoint.keyId,
    reason: checkpoint.reason,
  };
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
