import { readFileSync, writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { Command, Option } from 'commander';
import { InvalidInputError } from '@ledger/event-store-core';
import { formatOf, readTable } from '@ledger/shared-api';
import { ExportKind, IMPORT_COLUMNS, ImportKind, WorkforceExporter, WorkforceImporter } from '@ledger/workforce-api';
import { cliActor } from '../cli-actor';
import { withApplication } from '../context';
import { EXIT } from '../exit-codes';

export const workforceCommand = new Command('workforce').description('Spreadsheets of the workforce registers: import and export');

workforceCommand
  .command('import')
  .description(
    `Import a CSV or XLSX file, one command per row; nothing is written if any row is refused.\n` +
      `  skills-matrix columns: ${IMPORT_COLUMNS['skills-matrix'].required.join(', ')}\n` +
      `  training-records columns: ${IMPORT_COLUMNS['training-records'].required.join(', ')} (optional: evidence, reason)`,
  )
  .addArgument(new Command().createArgument('<kind>', 'skills-matrix or training-records').choices(['skills-matrix', 'training-records']))
  .argument('<file>', 'a .csv or .xlsx file')
  .option('--dry-run', 'check every row and report, write nothing')
  .action(async (kind: ImportKind, file: string, options: { dryRun?: boolean }) => {
    const content = readFileSync(file);
    const rows = await readTable(content, formatOf(file));
    await withApplication(async (app) => {
      const report = await app.get(WorkforceImporter).import(kind, content, rows, cliActor(), { dryRun: !!options.dryRun });
      for (const error of report.errors) console.log(`line ${error.line}: ${error.code}: ${error.message}`);
      const summary = `${report.rowsRead} rows read, ${report.errors.length} refused, ${report.applied} applied, ${report.alreadyApplied} already imported before`;
      if (report.errors.length > 0) {
        console.log(`${summary}. Nothing was written: correct the rows named above and import again.`);
        process.exitCode = EXIT.refused;
      } else {
        console.log(options.dryRun ? `Dry run: ${summary}. Every row would be accepted; nothing was written.` : `Imported: ${summary}.`);
      }
    });
  });

workforceCommand
  .command('export')
  .description('Export a register to .xlsx or .csv (chosen by the file name)')
  .addArgument(new Command().createArgument('<kind>', 'the register').choices(['skills-matrix', 'training-register', 'establishment']))
  .argument('<file>', 'where to write, ending .xlsx or .csv')
  .addOption(new Option('--as-of <instant>', 'the register as at this ISO instant'))
  .action(async (kind: ExportKind, file: string, options: { asOf?: string }) => {
    const format = formatOf(file);
    const asOf = options.asOf ? new Date(options.asOf) : undefined;
    if (asOf && Number.isNaN(asOf.getTime())) throw new InvalidInputError(`--as-of "${options.asOf}" is not an ISO date-time`);
    await withApplication(async (app) => {
      writeFileSync(file, await app.get(WorkforceExporter).export(kind, format, asOf));
      console.log(`Wrote ${kind} to ${file} (${extname(file).slice(1)})${asOf ? ` as at ${asOf.toISOString()}` : ''}`);
    });
  });
