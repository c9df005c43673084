import { Command } from 'commander';
import { RuleViolationError } from '@ledger/event-store-core';
import { loadDemoData } from '@ledger/demo-data';
import { withApplication } from '../context';

export const demoCommand = new Command('demo')
  .description('Load the demo data set into an empty store (what `npm start` does on first start)')
  .action(async () => {
    await withApplication(async (app, { stores }) => {
      if ((await stores.eventStore.headPosition()) > 0n) throw new RuleViolationError('The store is not empty: demo data only goes into an empty store');
      await loadDemoData(app);
      console.log(`Demo data loaded into ${stores.describe}`);
    });
  });
