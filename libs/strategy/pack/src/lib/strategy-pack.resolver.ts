import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, Roles } from '@ledger/shared-api';
import { PackRecord, STRATEGY_READERS, STRATEGY_WRITERS, StrategyQueries } from '@ledger/strategy-api';
import { PACK_FORMATS, PackFormat, packDownloadUrl } from './pack-formats';
import { RebuiltPack, StrategyPackService } from './strategy-pack.service';
import { PackDownloadType, StrategyUpdatePackRecordType, StrategyUpdatePackType } from './strategy-pack.types';

const downloads = (year: number, sha256: string): PackDownloadType[] =>
  (Object.keys(PACK_FORMATS) as PackFormat[]).map((format) => ({ format, url: packDownloadUrl(year, sha256, format), contentType: PACK_FORMATS[format].contentType }));

const recordView = (year: number, record: PackRecord): StrategyUpdatePackRecordType => ({
  year,
  cutOff: new Date(record.cutOff),
  position: record.position,
  sha256: record.sha256,
  generatedAt: new Date(record.generatedAt),
  generatedBy: record.generatedBy,
  downloads: downloads(year, record.sha256),
});

const packView = (pack: RebuiltPack): StrategyUpdatePackType => ({ ...recordView(pack.year, pack.record), markdown: pack.built.markdown, verified: pack.verified });

@Resolver(() => StrategyUpdatePackType)
export class StrategyPackResolver {
  constructor(
    private readonly packs: StrategyPackService,
    private readonly strategy: StrategyQueries,
  ) {}

  @Roles(...STRATEGY_WRITERS)
  @Mutation(() => StrategyUpdatePackType, {
    description: 'Builds the year’s strategy update pack from every register as at the cut-off and the current log position, and records it; returns the latest pack unchanged when nothing it shows has changed',
  })
  async generateStrategyUpdatePack(@CurrentActor() actor: Actor, @Args('year', { type: () => Int }) year: number): Promise<StrategyUpdatePackType> {
    return packView(await this.packs.generate(year, actor));
  }

  @Roles(...STRATEGY_READERS)
  @Query(() => StrategyUpdatePackType, { nullable: true, description: 'The latest pack generated for the year, rebuilt at its recorded position' })
  async strategyUpdatePack(@Args('year', { type: () => Int }) year: number): Promise<StrategyUpdatePackType | null> {
    const pack = await this.packs.latest(year);
    return pack ? packView(pack) : null;
  }

  @Roles(...STRATEGY_READERS)
  @Query(() => [StrategyUpdatePackRecordType], { description: 'Every pack generated for the year, oldest first' })
  async strategyUpdatePackHistory(@Args('year', { type: () => Int }) year: number): Promise<StrategyUpdatePackRecordType[]> {
    return (await this.strategy.packs(year)).map((record) => recordView(year, record));
  }
}
