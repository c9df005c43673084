import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, Option } from 'commander';
import type { PackFormat } from '@ledger/strategy-pack';
import { cliActor } from '../cli-actor';
import { withApplication } from '../context';

/**
 * The annual strategy update pack, generated and recorded like the API's
 * generateStrategyUpdatePack (the same service), written to files for the board papers.
 */
export const packCommand = new Command('pack')
  .description('Generate the strategy update pack for a year (recorded on the log) and write it as .md, .html, .xlsx, .docx and .pdf')
  .argument('<year>', 'the year under review, e.g. 2025')
  .addOption(new Option('--out <dir>', 'folder to write the files to').default('.'))
  .action(async (value: string, options: { out: string }) => {
    const [{ InvalidInputError }, { PACK_FORMATS, StrategyPackService, packFileName }] = await Promise.all([import('@ledger/event-store-core'), import('@ledger/strategy-pack')]);
    if (!/^\d{4}$/.test(value)) throw new InvalidInputError(`"${value}" is not a year`);
    const year = Number(value);
    await withApplication(async (app) => {
      const pack = await app.get(StrategyPackService).generate(year, cliActor());
      mkdirSync(options.out, { recursive: true });
      for (const format of Object.keys(PACK_FORMATS) as PackFormat[]) {
        const file = join(options.out, packFileName(year, pack.record.sha256, format));
        writeFileSync(file, await PACK_FORMATS[format].render(pack.built));
        console.log(`Wrote ${file}`);
      }
      console.log(`Strategy update pack ${year}: sha256 ${pack.record.sha256} at log position ${pack.record.position} (cut-off ${pack.record.cutOff})`);
    });
  });
