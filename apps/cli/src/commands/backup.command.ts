import { chmodSync, copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Command } from 'commander';

const ONLY_SQLITE =
  'Online backups from the CLI are for the embedded SQLite store. For PostgreSQL use pg_dump (or continuous archiving); for EventStoreDB its own backup procedure: see docs/operations.md';

/** The libraries behind backup and restore, loaded when one runs rather than at start-up. */
const libraries = async () => {
  const [{ InvalidInputError, RuleViolationError, verifyEventLog }, { SqliteEventStore, SqlitePersonalDataKeyStore, createPrivately }, { loadConfig, resolveLedgerKeys }] = await Promise.all([
    import('@ledger/event-store-core'),
    import('@ledger/event-store-sqlite'),
    import('@ledger/runtime'),
  ]);
  return { InvalidInputError, RuleViolationError, verifyEventLog, SqliteEventStore, SqlitePersonalDataKeyStore, createPrivately, loadConfig, resolveLedgerKeys };
};

export const backupCommand = new Command('backup')
  .description('Online backup of the SQLite store (events, read models, personal-data keys) while the API runs')
  .argument('<file>', 'the backup file to write')
  .action(async (file: string) => {
    const { InvalidInputError, RuleViolationError, verifyEventLog, SqliteEventStore, SqlitePersonalDataKeyStore, createPrivately, loadConfig, resolveLedgerKeys } = await libraries();
    const config = loadConfig();
    if (config.EVENT_STORE !== 'sqlite') throw new InvalidInputError(ONLY_SQLITE);
    if (existsSync(file)) throw new RuleViolationError(`${file} exists: choose a new file name`);
    // The key files this backup needs: opening the key store checks that the KEK is the one its
    // keys were wrapped with, so the files named below are the right ones to keep.
    const keys = resolveLedgerKeys(config);
    await SqlitePersonalDataKeyStore.open(config.SQLITE_PATH, { kek: keys.personalDataKek }).close();
    // The backup holds personal data and its (wrapped) keys: owner-only, like the store.
    createPrivately(file);
    const store = SqliteEventStore.open(config.SQLITE_PATH);
    try {
      // SQLite's backup API copies a consistent snapshot page by page without stopping writers.
      // Pages, not files: an erased key that secure_delete zeroed is not in it (ADR 0019).
      await store.db.backup(file);
      const copy = SqliteEventStore.open(file);
      const report = await verifyEventLog(copy);
      await copy.close();
      console.log(`Backed up ${config.SQLITE_PATH} to ${file}: ${report.eventsChecked} events, verified ${report.ok ? 'OK' : 'BROKEN'}`);
      // The backup holds personal-data keys only wrapped by the KEK: without the key files it opens
      // no personal data, so they are kept, but apart from it (ADR 0019, docs/operations.md).
      console.log(`The backup does not include the key files: back up ${keys.personalDataKek.file} (without it the personal data in this backup cannot be read),`);
      console.log(`${keys.checkpointSigning.file} and ${keys.accountLookup.file} SEPARATELY from it, and the jwt-secret file of the data folder (or set JWT_SECRET).`);
    } finally {
      await store.close();
    }
  });

export const restoreCommand = new Command('restore')
  .description('Restore a SQLite backup to SQLITE_PATH (which must not exist: move the old store away first), after verifying it')
  .argument('<file>', 'a backup written by `ledger backup`')
  .action(async (file: string) => {
    const { InvalidInputError, RuleViolationError, verifyEventLog, SqliteEventStore, SqlitePersonalDataKeyStore, loadConfig, resolveLedgerKeys } = await libraries();
    const config = loadConfig();
    if (config.EVENT_STORE !== 'sqlite') throw new InvalidInputError(ONLY_SQLITE);
    if (!existsSync(file)) throw new InvalidInputError(`No backup at ${file}`);
    if (existsSync(config.SQLITE_PATH)) throw new RuleViolationError(`${config.SQLITE_PATH} exists: stop the API and move it away before restoring over it`);
    // The restored store opens only with the KEK its keys were wrapped with (ADR 0019): check first.
    const kek = resolveLedgerKeys(config).personalDataKek;
    const wrappedBy = SqlitePersonalDataKeyStore.kekIdsIn(file).filter((id) => id !== kek.keyId);
    if (wrappedBy.length) {
      throw new RuleViolationError(
        `The personal-data keys in ${file} are wrapped by key-encryption key ${wrappedBy.join(', ')}, but ${kek.file} holds ${kek.keyId}: ` +
          `put the personal-data-kek file kept (separately) for this store at ${kek.file}, then restore again`,
      );
    }
    const backup = SqliteEventStore.open(file);
    const report = await verifyEventLog(backup);
    await backup.close();
    if (!report.ok) throw new RuleViolationError(`The backup does not verify (first broken position ${report.firstBrokenPosition}): not restored`);
    mkdirSync(dirname(resolve(config.SQLITE_PATH)), { recursive: true, mode: 0o700 });
    copyFileSync(file, config.SQLITE_PATH);
    chmodSync(config.SQLITE_PATH, 0o600);
    console.log(`Restored ${report.eventsChecked} verified events to ${config.SQLITE_PATH}`);
  });
