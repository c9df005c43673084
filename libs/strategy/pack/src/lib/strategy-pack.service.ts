import { Inject, Injectable, Optional } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { EventStore, LogCheckpoints, NotFoundError } from '@ledger/event-store-core';
import { Actor, EVENT_STORE, commandMetadataFor } from '@ledger/shared-api';
import { PackRecord, StrategyPackCommandMessage, StrategyQueries } from '@ledger/strategy-api';
import { reviewYear, strategyReviewCutOff } from '@ledger/strategy-domain';
import { DEFAULT_PACK_BRANDING, PACK_BRANDING, PackBranding } from './pack-branding';
import { BuiltPack, buildPack } from './pack-formats';
import { PackAuthority, StrategyPackGatherer } from './pack-gatherer';

/** A recorded pack with its content rebuilt from the log at the recorded cut-off and position. */
export interface RebuiltPack {
  year: number;
  record: PackRecord;
  built: BuiltPack;
  /** The rebuilt Markdown hashes to what was recorded. */
  verified: boolean;
}

/** The authority a recorded pack names: from its own event; null for packs recorded before events carried it. */
const authorityOf = (record: PackRecord): PackAuthority =>
  record.authorityName === undefined ? null : { name: record.authorityName, ...(record.logo ? { logo: record.logo } : {}) };

/**
 * Generates the annual strategy update pack and rebuilds recorded ones. Only the pack's identity
 * (year, cut-off, position, hashes) and the authority's name and logo at generation are on the
 * record; the content always comes from the log. A pack recorded before the event carried the
 * authority rebuilds without it, so its bytes differ from what was recorded: it reads as not
 * verified (the downloads answer CONFLICT), never as another pack's content.
 */
@Injectable()
export class StrategyPackService {
  constructor(
    private readonly gatherer: StrategyPackGatherer,
    private readonly strategy: StrategyQueries,
    private readonly commands: CommandBus,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly checkpoints: LogCheckpoints,
    @Optional() @Inject(PACK_BRANDING) private readonly branding: PackBranding = DEFAULT_PACK_BRANDING,
  ) {}

  /** Builds the pack at the log's head and records it, unless the latest pack already says the same. */
  async generate(year: number, actor: Actor): Promise<RebuiltPack> {
    reviewYear('year', year);
    const now = new Date();
    const cutOff = strategyReviewCutOff(year, now);
    const position = await this.store.headPosition();
    const { authorityName, logo } = this.branding ?? DEFAULT_PACK_BRANDING;
    const built = await this.build(year, cutOff, position, { name: authorityName, ...(logo ? { logo } : {}) });
    const packsBefore = (await this.strategy.packs(year)).length;
    await this.commands.execute(
      new StrategyPackCommandMessage(
        {
          type: 'RecordStrategyUpdatePack',
          year,
          cutOff: cutOff.toISOString(),
          position: position.toString(),
          sha256: built.sha256,
          contentSha256: built.contentSha256,
          authorityName,
          logo: logo ?? null,
        },
        commandMetadataFor(actor, { now }),
      ),
    );
    // Every new pack is followed by a signed checkpoint that covers it and the log it was built from.
    if ((await this.strategy.packs(year)).length > packsBefore) {
      await this.checkpoints.sign('strategy-pack', { actorId: actor.userId, actorRoles: actor.roles }, now);
    }
    return (await this.latest(year)) as RebuiltPack;
  }

  /** Builds the pack's content as at a cut-off and log position for an authority; the same arguments give the same pack. */
  async build(year: number, cutOff: Date, position: bigint, authority: PackAuthority = null): Promise<BuiltPack> {
    return buildPack(await this.gatherer.gather(year, cutOff, position, authority));
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
    const built = await this.build(year, new Date(record.cutOff), BigInt(record.position), authorityOf(record));
    return { year, record, built, verified: built.sha256 === record.sha256 };
  }
}
