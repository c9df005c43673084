import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { EventStore, LogCheckpoints, NotFoundError } from '@ledger/event-store-core';
import { Actor, EVENT_STORE, commandMetadataFor } from '@ledger/shared-api';
import { PackRecord, StrategyPackCommandMessage, StrategyQueries } from '@ledger/strategy-api';
import { reviewYear, strategyReviewCutOff } from '@ledger/strategy-domain';
import { BuiltPack, buildPack } from './pack-formats';
import { StrategyPackGatherer } from './pack-gatherer';

/** A recorded pack with its content rebuilt from the log at the recorded cut-off and position. */
export interface RebuiltPack {
  year: number;
  record: PackRecord;
  built: BuiltPack;
  /** The rebuilt Markdown hashes to what was recorded. */
  verified: boolean;
}

/**
 * Generates the annual strategy update pack and rebuilds recorded ones. Only the pack's identity
 * (year, cut-off, position, hashes) is on the record; the content always comes from the log.
 */
@Injectable()
export class StrategyPackService {
  constructor(
    private readonly gatherer: StrategyPackGatherer,
    private readonly strategy: StrategyQueries,
    private readonly commands: CommandBus,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly checkpoints: LogCheckpoints,
  ) {}

  /** Builds the pack at the log's head and records it, unless the latest pack already says the same. */
  async generate(year: number, actor: Actor): Promise<RebuiltPack> {
    reviewYear('year', year);
    const now = new Date();
    const cutOff = strategyReviewCutOff(year, now);
    const position = await this.store.headPosition();
    const built = await this.build(year, cutOff, position);
    const packsBefore = (await this.strategy.packs(year)).length;
    await this.commands.execute(
      new StrategyPackCommandMessage(
        { type: 'RecordStrategyUpdatePack', year, cutOff: cutOff.toISOString(), position: position.toString(), sha256: built.sha256, contentSha256: built.contentSha256 },
        commandMetadataFor(actor, { now }),
      ),
    );
    // Every new pack is followed by a signed checkpoint that covers it and the log it was built from.
    if ((await this.strategy.packs(year)).length > packsBefore) {
      await this.checkpoints.sign('strategy-pack', { actorId: actor.userId, actorRoles: actor.roles }, now);
    }
    return (await this.latest(year)) as RebuiltPack;
  }

  /** Builds the pack's content as at a cut-off and log position; the same arguments give the same pack. */
  async build(year: number, cutOff: Date, position: bigint): Promise<BuiltPack> {
    return buildPack(await this.gatherer.gather(year, cutOff, position));
  }

  async latest(year: number): Promise<RebuiltPack | undefined> {
    const record = (await this.strategy.packs(year)).at(-1);
    return record && this.rebuild(year, record);
  }

  /** A recorded pack by its hash (the downloads name it so, so a URL never changes content). */
  async bySha256(year: number, sha256: string): Promise<RebuiltPack> {
    const record = (await this.strategy.packs(year)).find((pack) => pack.sha256 === sha256);
    if (!record) throw new NotFoundError(`No strategy update pack ${sha256} for ${year}`);
    return this.rebuild(year, record);
  }

  private async rebuild(year: number, record: PackRecord): Promise<RebuiltPack> {
    const built = await this.build(year, new Date(record.cutOff), BigInt(record.position));
    return { year, record, built, verified: built.sha256 === record.sha256 };
  }
}
