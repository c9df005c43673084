import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, Option } from 'commander';
import type { OcdsPublisher } from '@ledger/contracts-api';
import type { LedgerConfig } from '@ledger/runtime';
import { withApplication } from '../context';
import { asOfOption } from '../as-of-option';

/** The publisher the API uses too: OCDS_PREFIX and LEDGER_AUTHORITY_NAME. */
const publisherOf = (config: LedgerConfig): OcdsPublisher => ({ ocidPrefix: config.OCDS_PREFIX, publisherName: config.LEDGER_AUTHORITY_NAME });

const asAt = (asOf: Date | undefined) => (asOf ? ` as at ${asOf.toISOString()}` : '');

/**
 * Open contracting data from the command line: a procurement's OCDS 1.1.5 release package (the same
 * service as the API's ocdsReleasePackage), or every procurement's, one file each, for publishing.
 */
export const ocdsCommand = new Command('ocds').description('OCDS 1.1.5 release packages of procurements (OCDS_PREFIX, LEDGER_AUTHORITY_NAME name the publisher)');

ocdsCommand
  .command('package', { isDefault: true })
  .description("A procurement's release package, to stdout or a file (`ledger ocds <procurementId> [--out file]`)")
  .argument('<procurementId>', 'the procurement')
  .addOption(new Option('--out <file>', 'write the JSON to this file instead of stdout'))
  .addOption(new Option('--as-of <instant>', 'the package as the record stood at this ISO instant'))
  .action(async (procurementId: string, options: { out?: string; asOf?: string }) => {
    const asOf = await asOfOption(options.asOf);
    const { OcdsReleasePackages, ocidOf } = await import('@ledger/contracts-api');
    await withApplication(async (app, { config }) => {
      const json = await app.get(OcdsReleasePackages).releasePackageJson(procurementId, publisherOf(config), asOf);
      if (!options.out) {
        process.stdout.write(`${json}\n`);
        return;
      }
      writeFileSync(options.out, `${json}\n`);
      console.log(`Wrote the OCDS release package of ${ocidOf(publisherOf(config), procurementId)} to ${options.out}${asAt(asOf)}`);
    });
  });

ocdsCommand
  .command('export')
  .description("Write every procurement's release package to <dir>/<ocid>.json")
  .argument('<dir>', 'folder to write the packages to')
  .addOption(new Option('--as-of <instant>', 'the packages as the record stood at this ISO instant (only the procurements registered by then)'))
  .action(async (dir: string, options: { asOf?: string }) => {
    const asOf = await asOfOption(options.asOf);
    const [{ OcdsReleasePackages, ocidOf }, { GatewayQueries }] = await Promise.all([import('@ledger/contracts-api'), import('@ledger/gateway-api')]);
    await withApplication(async (app, { config }) => {
      const publisher = publisherOf(config);
      const packages = app.get(OcdsReleasePackages);
      const procurements = await app.get(GatewayQueries).procurements(asOf);
      mkdirSync(dir, { recursive: true });
      for (const { id } of procurements) {
        writeFileSync(join(dir, `${ocidOf(publisher, id)}.json`), `${await packages.releasePackageJson(id, publisher, asOf)}\n`);
      }
      console.log(`Wrote ${procurements.length} OCDS release package${procurements.length === 1 ? '' : 's'} to ${dir}${asAt(asOf)}`);
    });
  });
