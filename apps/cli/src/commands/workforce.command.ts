import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import type { ImportKind } from '@ledger/workforce-api';
import { cliActor } from '../cli-actor';
import { withApplication } from '../context';
import { EXIT } from '../exit-codes';
import { describeOnDemand } from '../describe-on-demand';

export const workforceCommand = new Command('workforce').description('Import the spreadsheets HR already keeps');

describeOnDemand(workforceCommand.command('import'), () => {
  // Synchronous because help is: the workforce library loads only when this help is printed.
  const { IMPORT_COLUMNS } = require('@ledger/workforce-api') as typeof import('@ledger/workforce-api');
  return (
    `Import a CSV or XLSX file, one command per row; nothing is written if any row is refused.\n` +
    `  skills-matrix columns: ${IMPORT_COLUMNS['skills-matrix'].required.join(', ')}\n` +
    `  training-records columns: ${IMPORT_COLUMNS['training-records'].required.join(', ')} (optional: evidence, reason)`
  );
})
  .addArgument(new Command().createArgument('<kind>', 'skills-matrix or training-records').choices(['skills-matrix', 'training-records']))
  .argument('<file>', 'a .csv or .xlsx file')
  .option('--dry-run', 'check every row and report, write nothing')
  .action(async (kind: ImportKind, file: string, options: { dryRun?: boolean }) => {
    const [{ formatOf, readTable }, { WorkforceImporter }] = await Promise.all([import('@ledger/shared-api'), import('@ledger/workforce-api')]);
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
