import { Command } from 'commander';
import { withApplication } from '../context';

export const demoCommand = new Command('demo')
  .description('Load the demo data set into an empty store (what `npm start` does on first start)')
  .action(async () => {
    const [{ RuleViolationError }, { loadDemoData }] = await Promise.all([import('@ledger/event-store-core'), import('@ledger/demo-data')]);
    await withApplication(async (app, { stores }) => {
      if ((await stores.eventStore.headPosition()) > 0n) throw new RuleViolationError('The store is not empty: demo data only goes into an empty store');
      await loadDemoData(app);
      console.log(`Demo data loaded into ${stores.describe}`);
    });
  });
