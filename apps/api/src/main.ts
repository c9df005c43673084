import './production-mode';
import 'reflect-metadata';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '@ledger/runtime';
import { startLedger } from './app/start';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  // The admin UI is built beside the API bundle: dist/apps/admin/browser.
  const adminUiPath = config.ADMIN_UI_PATH ?? join(__dirname, '..', 'admin', 'browser');
  const ledger = await startLedger(config, { adminUiPath });
  console.log(`Governance Ledger is running at http://localhost:${config.PORT} (GraphQL at /graphql, store: ${ledger.stores.describe})`);
}

main().catch((error) => {
  console.error('Governance Ledger failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
