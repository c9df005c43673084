import { Command } from 'commander';
import { verifyEventLog } from '@ledger/event-store-core';
import { withStores } from '../context';
import { EXIT } from '../exit-codes';

export const verifyCommand = new Command('verify')
  .description('Walk the whole log and check every hash; names the first broken position')
  .action(async () => {
    await withStores(async ({ stores }) => {
      const report = await verifyEventLog(stores.eventStore, {
        onProgress: (checked) => process.stderr.write(`\rchecked ${checked} events`),
      });
      process.stderr.write('\n');
      if (report.ok) {
        console.log(`OK: ${report.eventsChecked} events checked, the hash chain is intact (${stores.describe})`);
        return;
      }
      console.log(`BROKEN at position ${report.firstBrokenPosition}: ${report.reason}`);
      console.log(`${report.eventsChecked} events checked before it`);
      process.exitCode = EXIT.verificationFailed;
    });
  });
