import { createReadStream, createWriteStream, readFileSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { once } from 'node:events';
import { Command, Option } from 'commander';
import {
  SealedEvent,
  StoreIntegrityError,
  copyPersonalDataKeys,
  exportLogLines,
  importLog,
  keysFromJson,
  keysToJson,
  parseLogLine,
  verifyEventLog,
} from '@ledger/event-store-core';
import { openStores } from '@ledger/runtime';
import { withStores } from '../context';
import { EXIT } from '../exit-codes';
import { describeSpec, parseStoreSpec } from '../store-spec';

async function readLog(file: string): Promise<SealedEvent[]> {
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
    const events = await readLog(file);
    await withStores(async ({ stores }) => {
      if (options.keys && stores.personalDataKeys.restoreKey) {
        for (const [subject, key] of keysFromJson(readFileSync(options.keys, 'utf8'))) await stores.personalDataKeys.restoreKey(subject, key);
      }
      const { imported } = await importLog(stores.eventStore, events);
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
    const sqliteForOthers = process.env['SQLITE_PATH'] || './data/ledger.sqlite';
    const fromConfig = parseStoreSpec(options.from, sqliteForOthers);
    const toConfig = parseStoreSpec(options.to, sqliteForOthers);
    const source = await openStores(fromConfig);
    const target = await openStores(toConfig);
    try {
      const sourceReport = await verifyEventLog(source.eventStore);
      if (!sourceReport.ok) throw new StoreIntegrityError(`The source does not verify (first broken position ${sourceReport.firstBrokenPosition}): nothing copied`);
      if ((await target.eventStore.headPosition()) !== 0n) throw new StoreIntegrityError('The target store is not empty: nothing copied');
      // Keys first: if the copy of the log then fails, the target holds no events and can be migrated again.
      const keys = await copyPersonalDataKeys(source.personalDataKeys, target.personalDataKeys);
      const events = await source.eventStore.readAll();
      await importLog(target.eventStore, events.map(({ position, ...event }) => (void position, event)));
      const targetReport = await verifyEventLog(target.eventStore);
      const same = await sameLog(source.eventStore, target.eventStore);
      console.log(`Copied ${events.length} events and ${keys} personal-data keys from ${describeSpec(fromConfig)} to ${describeSpec(toConfig)}`);
      console.log(`Target verifies: ${targetReport.ok ? 'OK' : 'BROKEN'}; exports identical: ${same ? 'yes' : 'NO'}`);
      if (!targetReport.ok || !same) process.exitCode = EXIT.verificationFailed;
    } finally {
      await target.close();
      await source.close();
    }
  });

async function sameLog(a: Parameters<typeof exportLogLines>[0], b: Parameters<typeof exportLogLines>[0]): Promise<boolean> {
  const left = exportLogLines(a);
  const right = exportLogLines(b);
  for (;;) {
    const [x, y] = await Promise.all([left.next(), right.next()]);
    if (x.done || y.done) return !!x.done && !!y.done;
    if (x.value !== y.value) return false;
  }
}
