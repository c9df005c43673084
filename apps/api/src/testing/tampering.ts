import Database from 'better-sqlite3';
import { Pool } from 'pg';
import { EventStore, RecordedEvent, hashEvent, recordedStore } from '@ledger/event-store-core';
import { TestLedger } from './test-ledger';

/** Direct access to the events table, as a DBA or an intruder would have it. */
export interface Tampering {
  set(position: bigint, column: 'data' | 'metadata', value: unknown): Promise<void>;
  remove(position: bigint): Promise<void>;
  close(): Promise<void>;
}

export function tamperWith(ledger: TestLedger): Tampering {
  const { describe: where } = ledger.stores;
  if (where.startsWith('sqlite:')) {
    const db = new Database(where.slice('sqlite:'.length));
    db.pragma('busy_timeout = 5000');
    return {
      set: async (position, column, value) => {
        expect(db.prepare(`UPDATE events SET ${column} = ? WHERE position = ?`).run(JSON.stringify(value), position).changes).toBe(1);
      },
      remove: async (position) => {
        expect(db.prepare('DELETE FROM events WHERE position = ?').run(position).changes).toBe(1);
      },
      close: async () => void db.close(),
    };
  }
  const schema = where.slice('postgres:'.length);
  expect(schema).toMatch(/^e2e_[0-9a-f]+$/);
  const pool = new Pool({ connectionString: process.env['LEDGER_TEST_DATABASE_URL'] });
  return {
    set: async (position, column, value) => {
      const result = await pool.query(`UPDATE ${schema}.events SET ${column} = $1::jsonb WHERE position = $2`, [JSON.stringify(value), position.toString()]);
      expect(result.rowCount).toBe(1);
    },
    remove: async (position) => {
      expect((await pool.query(`DELETE FROM ${schema}.events WHERE position = $1`, [position.toString()])).rowCount).toBe(1);
    },
    close: () => pool.end(),
  };
}

/**
 * What a DBA covering their tracks does: change one event, then recompute the hashes of it and of
 * every later event of its stream, so that every hash chain still checks out.
 */
export async function rewriteWithRecomputedHashes(tampering: Tampering, store: EventStore, target: RecordedEvent, data: unknown): Promise<void> {
  const stream = (await recordedStore(store).readStream(target.streamId)).filter((event) => event.revision >= target.revision);
  let prevHash = target.metadata.prevHash;
  for (const event of stream) {
    const changed = { ...event, data: event.revision === target.revision ? data : event.data };
    const hash = hashEvent(prevHash, changed);
    if (event.revision === target.revision) await tampering.set(event.position, 'data', data);
    await tampering.set(event.position, 'metadata', { ...event.metadata, prevHash, hash });
    prevHash = hash;
  }
}
