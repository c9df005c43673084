import { chmodSync, copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Command } from 'commander';
import { InvalidInputError, RuleViolationError, verifyEventLog } from '@ledger/event-store-core';
import { SqliteEventStore, createPrivately } from '@ledger/event-store-sqlite';
import { loadConfig } from '@ledger/runtime';

const ONLY_SQLITE =
  'Online backups from the CLI are for the embedded SQLite store. For PostgreSQL use pg_dump (or continuous archiving); for EventStoreDB its own backup procedure: see docs/operations.md';

export const backupCommand = new Command('backup')
  .description('Online backup of the SQLite store (events, read models, personal-data keys) while the API runs')
  .argument('<file>', 'the backup file to write')
  .action(async (file: string) => {
    const config = loadConfig();
    if (config.EVENT_STORE !== 'sqlite') throw new InvalidInputError(ONLY_SQLITE);
    if (existsSync(file)) throw new RuleViolationError(`${file} exists: choose a new file name`);
    // The backup holds personal data and its keys: owner-only, like the store.
    createPrivately(file);
    const store = SqliteEventStore.open(config.SQLITE_PATH);
    try {
      // SQLite's backup API copies a consistent snapshot page by page without stopping writers.
      await store.db.backup(file);
      const copy = SqliteEventStore.open(file);
      const report = await verifyEventLog(copy);
      await copy.close();
      console.log(`Backed up ${config.SQLITE_PATH} to ${file}: ${report.eventsChecked} events, verified ${report.ok ? 'OK' : 'BROKEN'}`);
      console.log('Keep the jwt-secret file of the data folder too, or set JWT_SECRET: tokens are signed with it.');
    } finally {
      await store.close();
    }
  });

export const restoreCommand = new Command('restore')
  .description('Restore a SQLite backup to SQLITE_PATH (which must not exist: move the old store away first), after verifying it')
  .argument('<file>', 'a backup written by `ledger backup`')
  .action(async (file: string) => {
    const config = loadConfig();
    if (config.EVENT_STORE !== 'sqlite') throw new InvalidInputError(ONLY_SQLITE);
    if (!existsSync(file)) throw new InvalidInputError(`No backup at ${file}`);
    if (existsSync(config.SQLITE_PATH)) throw new RuleViolationError(`${config.SQLITE_PATH} exists: stop the API and move it away before restoring over it`);
    const backup = SqliteEventStore.open(file);
    const report = await verifyEventLog(backup);
    await backup.close();
    if (!report.ok) throw new RuleViolationError(`The backup does not verify (first broken position ${report.firstBrokenPosition}): not restored`);
    mkdirSync(dirname(resolve(config.SQLITE_PATH)), { recursive: true, mode: 0o700 });
    copyFileSync(file, config.SQLITE_PATH);
    chmodSync(config.SQLITE_PATH, 0o600);
    console.log(`Restored ${report.eventsChecked} verified events to ${config.SQLITE_PATH}`);
  });
