import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { cliActor } from '../cli-actor';
import { withApplication } from '../context';
import { EXIT } from '../exit-codes';
import { describeOnDemand } from '../describe-on-demand';

export const contractsCommand = new Command('contracts').description('The contracts register after award');

describeOnDemand(contractsCommand.command('import'), () => {
  // Synchronous because help is: the contracts library loads only when this help is printed.
  const { CONTRACTS_REGISTER_COLUMNS } = require('@ledger/contracts-api') as typeof import('@ledger/contracts-api');
  const columns = Object.entries(CONTRACTS_REGISTER_COLUMNS)
    .map(([column, { required, description }]) => `  ${column}${required ? '' : ' (optional)'}: ${description}`)
    .join('\n');
  return (
    `Import an existing contracts register (e.g. the e-tendering portal's export) from CSV or XLSX: each contract awarded ` +
      `through the same rules as the API (its procurement's gateways up to G3_AWARD passed); nothing is written if any row is refused, ` +
      `and a contract already on the record with the same terms is left as it is.\nColumns (headers matched case and punctuation aside):\n${columns}`
  );
})
  .argument('<file>', 'a .csv or .xlsx file')
  .option('--dry-run', 'check every row and report what it would do, write nothing')
  .action(async (file: string, options: { dryRun?: boolean }) => {
    const [{ formatOf, readTable }, { ContractsImporter }] = await Promise.all([import('@ledger/shared-api'), import('@ledger/contracts-api')]);
    const content = readFileSync(file);
    const rows = await readTable(content, formatOf(file));
    await withApplication(async (app) => {
      const report = await app.get(ContractsImporter).import(content, rows, cliActor(), { dryRun: !!options.dryRun });
      const errorsByLine = new Map(report.errors.map((error) => [error.line, error]));
      for (const row of report.rows) {
        if (row.outcome === 'error') continue;
        console.log(`line ${row.line}: ${row.contractId}: ${row.outcome}${row.changes.length ? ` (${row.changes.join(', ')})` : ''}`);
      }
      for (const error of report.errors) console.log(`line ${error.line}: ${error.code}${error.column ? ` in ${error.column}` : ''}: ${error.message}`);
      const count = (outcome: string) => report.rows.filter((row) => row.outcome === outcome).length;
      const summary = `${report.rowsRead} rows read, ${errorsByLine.size} refused, ${count('created')} new, ${count('updated')} updated, ${count('unchanged')} unchanged`;
      if (report.errors.length > 0) {
        console.log(`${summary}. Nothing was written: correct the rows named above and import again.`);
        process.exitCode = EXIT.refused;
      } else {
        console.log(options.dryRun ? `Dry run: ${summary}. Every row would be accepted; nothing was written.` : `Imported: ${summary}.`);
      }
    });
  });
