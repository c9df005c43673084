import { createReadStream, createWriteStream, readFileSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { once } from 'node:events';
import { Command, Option } from 'commander';
import type { EventStore, SealedEvent } from '@ledger/event-store-core';
import { withStores } from '../context';
import { EXIT } from '../exit-codes';
import { parseStoreSpec, readSideEnvironment } from '../store-spec';

/** The event-store core, loaded when a command runs rather than at start-up. */
const eventStoreCore = () => import('@ledger/event-store-core');

async function readLog(file: string): Promise<SealedEvent[]> {
  const { parseLogLine } = await eventStoreCore();
  const events: SealedEvent[] = [];
  let line = 0;
  for await (const text of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    line += 1;
    if (text.trim()) events.push(parseLogLine(text, line));
  }
  return events;
}

export const exportCommand = new Command('export')
  .description('Write the whole log as NDJSON: one canonical JSON event per line, with its hashes (the same bytes from any store)')
  .argument('<file>', 'where to write, e.g. ledger.ndjson')
  .addOption(new Option('--keys <file>', 'also write the personal-data keys (a secret: keep it apart from the log)'))
  .action(async (file: string, options: { keys?: string }) => {
    const { exportLogLines, keysToJson } = await eventStoreCore();
    await withStores(async ({ stores }) => {
      const out = createWriteStream(file);
      let count = 0;
      for await (const line of exportLogLines(stores.eventStore)) {
        if (!out.write(`${line}\n`)) await once(out, 'drain');
        count += 1;
      }
      out.end();
      await once(out, 'finish');
      if (options.keys && stores.personalDataKeys.allKeys) writeFileSync(options.keys, keysToJson(await stores.personalDataKeys.allKeys()), { mode: 0o600 });
      console.log(`Exported ${count} events to ${file}${options.keys ? ` and the personal-data keys to ${options.keys}` : ''}`);
    });
  });

export const importCommand = new Command('import')
  .description('Load an NDJSON log into an empty store, checking every hash and link; all or nothing on SQLite and PostgreSQL')
  .argument('<file>', 'an NDJSON log written by `ledger export`')
  .addOption(new Option('--keys <file>', 'the personal-data keys written with the log; without them personal data shows as erased'))
  .action(async (file: string, options: { keys?: string }) => {
    const { importLog, keysFromJson, verifyEventLog } = await eventStoreCore();
    const events = await readLog(file);
    const keys = options.keys ? keysFromJson(readFileSync(options.keys, 'utf8')) : undefined;
    await withStores(async ({ stores }) => {
      // The log first (checked, all or nothing on the SQL stores), so a refused log leaves nothing behind; then its keys.
      const { imported } = await importLog(stores.eventStore, events);
      if (keys && stores.personalDataKeys.restoreKey) {
        for (const [subject, key] of keys) await stores.personalDataKeys.restoreKey(subject, key);
      }
      const report = await verifyEventLog(stores.eventStore);
      console.log(`Imported ${imported} events into ${stores.describe}; verified: ${report.ok ? 'OK' : `BROKEN at ${report.firstBrokenPosition}`}`);
      console.log('Read models are built on the next start of the API (or run `ledger replay`).');
    });
  });

export const migrateCommand = new Command('migrate')
  .description('Copy the log and the personal-data keys from one store to an empty one, e.g. SQLite -> PostgreSQL -> EventStoreDB')
  .requiredOption('--from <store>', 'sqlite:PATH, postgres://…[?schema=NAME] or esdb://…')
  .requiredOption('--to <store>', 'the empty target, in the same form')
  .action(async (options: { from: string; to: string }) => {
    const [{ InvalidInputError, LedgerError, StoreIntegrityError, assertLogFitsStore, copyPersonalDataKeys, importLog, verifyEventLog }, { describeReadSide, openStores, readSideOf, sameReadSide }] =
      await Promise.all([eventStoreCore(), import('@ledger/runtime')]);
    const fromConfig = parseStoreSpec(options.from, readSideEnvironment());
    const toConfig = parseStoreSpec(options.to, readSideEnvironment());
    const [fromSide, toSide] = [readSideOf(fromConfig), readSideOf(toConfig)];
    // An EventStoreDB store keeps its keys where the environment says: that must not be the source's own key store.
    if (sameReadSide(fromSide, toSide)) {
      throw new InvalidInputError(`The source and the target would keep their personal-data keys in the same place (${describeReadSide(toSide)}): set SQLITE_PATH or DATABASE_URL and POSTGRES_SCHEMA for the target's read side. Nothing copied.`);
    }
    const source = await openStores(fromConfig);
    const target = await openStores(toConfig);
    try {
      // Everything that can refuse the copy is checked before anything is written.
      const sourceReport = await verifyEventLog(source.eventStore);
      if (!sourceReport.ok) throw new StoreIntegrityError(`The source does not verify (first broken position ${sourceReport.firstBrokenPosition}): nothing copied`);
      if ((await target.eventStore.headPosition()) !== 0n) throw new StoreIntegrityError('The target store is not empty: nothing copied');
      if (!source.personalDataKeys.allKeys || !target.personalDataKeys.restoreKey) throw new InvalidInputError('These key stores cannot copy keys: nothing copied');
      const recorded = await source.eventStore.readAll();
      assertLogFitsStore(recorded, target.eventStore.kind);
      const events = recorded.map(({ position, ...event }) => (void position, event));

      // The log first, all or nothing on the SQL stores, so a refused copy leaves the target empty; then the keys.
      try {
        await importLog(target.eventStore, events);
      } catch (error) {
        if (error instanceof LedgerError) throw error;
        return failed(`copying the log failed: ${messageOf(error)}`, await targetState(target.eventStore));
      }
      let keys: number;
      try {
        keys = await copyPersonalDataKeys(source.personalDataKeys, target.personalDataKeys);
      } catch (error) {
        return failed(
          `the log was copied but copying the personal-data keys failed: ${messageOf(error)}`,
          'Until the keys are copied the target shows personal data as erased: empty the target and migrate again.',
        );
      }
      const targetReport = await verifyEventLog(target.eventStore);
      const same = await sameLog(source.eventStore, target.eventStore);
      console.log(`Copied ${events.length} events and ${keys} personal-data keys from ${source.describe} to ${target.describe}`);
      console.log(`Target verifies: ${targetReport.ok ? 'OK' : 'BROKEN'}; exports identical: ${same ? 'yes' : 'NO'}`);
      if (!targetReport.ok || !same) process.exitCode = EXIT.verificationFailed;
    } finally {
      await target.close();
      await source.close();
    }
  });

/** A failure the store reported while writing: said in one line, with what the target now holds (no stack trace). */
function failed(what: string, state: string): void {
  console.error(`Migration failed: ${what}. ${state}`);
  process.exitCode = EXIT.unexpected;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function targetState(store: EventStore): Promise<string> {
  try {
    const head = await store.headPosition();
    return head === 0n ? 'The target holds no events: correct the cause and migrate again.' : `The target holds events up to position ${head}: empty it before migrating again.`;
  } catch {
    return 'What the target holds could not be read.';
  }
}

async function sameLog(a: EventStore, b: EventStore): Promise<boolean> {
  const { exportLogLines } = await eventStoreCore();
  const left = exportLogLines(a);
  const right = exportLogLines(b);
  for (;;) {
    const [x, y] = await Promise.all([left.next(), right.next()]);
    if (x.done || y.done) return !!x.done && !!y.done;
    if (x.value !== y.value) return false;
  }
}
