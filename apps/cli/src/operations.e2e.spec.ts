import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Pool } from 'pg';
import { InMemoryEventStore, exportLogLines } from '@ledger/event-store-core';
import { commandMetadata } from '@ledger/event-store-core/testing';
import { SqliteEventStore } from '@ledger/event-store-sqlite';
import { copyDemoStore } from './testing/demo-store';

// The built CLI as a process, against real SQLite files and the test PostgreSQL.
const cli = join(__dirname, '../../../dist/apps/cli/main.js');
const pgUrl = process.env['LEDGER_TEST_DATABASE_URL'] as string;

describe('ledger operations: export, import, migrate, verify, replay, history, as-of, backup', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-ops-'));
  const demo = join(dir, 'demo.sqlite');
  const schema = `ops_${randomBytes(4).toString('hex')}`;
  const baseEnv = { PATH: process.env['PATH'], JWT_SECRET: 'x'.repeat(40) };
  const run = (args: string[], env: NodeJS.ProcessEnv = {}) =>
    spawnSync(process.execPath, [cli, ...args], { env: { ...baseEnv, SQLITE_PATH: demo, ...env }, encoding: 'utf8', timeout: 120_000 });
  const pgEnv = { EVENT_STORE: 'postgres', DATABASE_URL: pgUrl, POSTGRES_SCHEMA: schema, SQLITE_PATH: join(dir, 'pg-side.sqlite') };

  beforeAll(() => {
    // `ledger demo` once per run, copied here (its own checks: cli.e2e, checkpoints, contracts-import).
    copyDemoStore(cli, dir);
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    const pool = new Pool({ connectionString: pgUrl });
    await pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await pool.end();
  });

  it('exports the log, imports it into an empty store and exports the same bytes again', () => {
    const first = join(dir, 'first.ndjson');
    const keys = join(dir, 'keys.json');
    expect(run(['export', first, '--keys', keys]).stdout).toMatch(/Exported \d+ events/);
    const copy = join(dir, 'copy.sqlite');
    const imported = run(['import', first, '--keys', keys], { SQLITE_PATH: copy });
    expect(imported.stdout).toMatch(/Imported \d+ events .* verified: OK/);
    const second = join(dir, 'second.ndjson');
    run(['export', second], { SQLITE_PATH: copy });
    expect(readFileSync(second)).toEqual(readFileSync(first));
    // The keys came along: personal data opens in the copy.
    expect(run(['history', '--type', 'StaffMemberRegistered', '--json'], { SQLITE_PATH: copy }).stdout).toContain('"displayName":"Priya Lal"');
  });

  it('refuses a log with an altered event, naming it, and leaves the target empty', () => {
    const log = readFileSync(join(dir, 'first.ndjson'), 'utf8').split('\n');
    log[5] = log[5].replace('"data":{', '"data":{"tampered":true,');
    const bad = join(dir, 'bad.ndjson');
    writeFileSync(bad, log.join('\n'));
    const target = join(dir, 'refused.sqlite');
    const refused = run(['import', bad], { SQLITE_PATH: target });
    expect(refused.status).toBe(3);
    expect(refused.stderr).toMatch(/INTEGRITY: .*@\d+: content does not match its hash/);
    expect(run(['verify'], { SQLITE_PATH: target }).stdout).toContain('OK: 0 events checked');
  });

  it('leaves the target empty or complete when an import is killed part-way, never partial', async () => {
    const source = new InMemoryEventStore();
    for (let i = 0; i < 20_000; i++) {
      await source.append(`thing-${i % 500}`, [{ type: 'ThingHappened', data: { i } }], { expectedRevision: Math.floor(i / 500), command: commandMetadata() });
    }
    const lines: string[] = [];
    for await (const line of exportLogLines(source)) lines.push(line);
    const big = join(dir, 'big.ndjson');
    writeFileSync(big, `${lines.join('\n')}\n`);
    for (const killAfter of [300, 900]) {
      const target = join(dir, `killed-${killAfter}.sqlite`);
      const child = spawn(process.execPath, [cli, 'import', big], { env: { ...baseEnv, SQLITE_PATH: target } });
      await new Promise((resolve) => setTimeout(resolve, killAfter));
      child.kill('SIGKILL');
      await new Promise((resolve) => child.on('exit', resolve));
      const db = existsSync(target) ? new Database(target) : undefined;
      const hasTable = db && (db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'events'").get() as { n: number }).n > 0;
      const events = hasTable ? (db.prepare('SELECT count(*) AS n FROM events').get() as { n: number }).n : 0;
      db?.close();
      expect([0, lines.length]).toContain(events);
    }
  });

  it('migrates SQLite to PostgreSQL: the copy verifies and exports identically; tampering there is named', async () => {
    const migrated = run(['migrate', '--from', `sqlite:${demo}`, '--to', `${pgUrl}?schema=${schema}`]);
    expect(migrated.stdout).toMatch(/Target verifies: OK; exports identical: yes/);
    expect(migrated.status).toBe(0);
    const fromPg = join(dir, 'from-pg.ndjson');
    run(['export', fromPg], pgEnv);
    expect(readFileSync(fromPg)).toEqual(readFileSync(join(dir, 'first.ndjson')));
    expect(run(['migrate', '--from', `sqlite:${demo}`, '--to', `${pgUrl}?schema=${schema}`]).stderr).toMatch(/not empty/);

    const pool = new Pool({ connectionString: pgUrl });
    const { rows } = await pool.query(`SELECT position FROM ${schema}.events ORDER BY position OFFSET 10 LIMIT 2`);
    await pool.query(`UPDATE ${schema}.events SET data = jsonb_set(data, '{tampered}', 'true') WHERE position = $1`, [rows[0].position]);
    const altered = run(['verify'], pgEnv);
    expect(altered.status).toBe(3);
    expect(altered.stdout).toContain(`BROKEN at position ${rows[0].position}`);
    await pool.query(`UPDATE ${schema}.events SET data = data - 'tampered' WHERE position = $1`, [rows[0].position]);
    expect(run(['verify'], pgEnv).status).toBe(0);
    // An event its stream goes on after: removing the last event of a stream is what checkpoints catch (checkpoints.e2e).
    const { rows: inside } = await pool.query(
      `SELECT e.position, (SELECT min(n.position) FROM ${schema}.events n WHERE n.stream_id = e.stream_id AND n.position > e.position) AS next
         FROM ${schema}.events e WHERE EXISTS (SELECT 1 FROM ${schema}.events n WHERE n.stream_id = e.stream_id AND n.position > e.position)
        ORDER BY e.position OFFSET 10 LIMIT 1`,
    );
    await pool.query(`DELETE FROM ${schema}.events WHERE position = $1`, [inside[0].position]);
    const deleted = run(['verify'], pgEnv);
    expect(deleted.status).toBe(3);
    expect(deleted.stdout).toContain(`BROKEN at position ${inside[0].next}`);
    await pool.end();
  });

  it('refuses to migrate a log holding text PostgreSQL cannot store: names the event, no stack trace, target left empty', async () => {
    const withNul = join(dir, 'with-nul.sqlite');
    copyFileSync(demo, withNul);
    // Written through the port, behind the edge's back: as a store could hold from before the edge refused NUL.
    const store = SqliteEventStore.open(withNul);
    const { position } = await store.append('note-nul', [{ type: 'NoteRecorded', data: { text: 'before\u0000after' } }], { expectedRevision: 0, command: commandMetadata() });
    await store.close();
    const nulSchema = `nul_${randomBytes(4).toString('hex')}`;
    const refused = run(['migrate', '--from', `sqlite:${withNul}`, '--to', `${pgUrl}?schema=${nulSchema}`]);
    expect(refused.status).toBe(4);
    expect(refused.stderr).toContain(`BAD_USER_INPUT: The event at position ${position} (stream "note-nul", revision 1, NoteRecorded) holds a NUL character in data.text, which PostgreSQL cannot store`);
    expect(refused.stderr).toContain('Nothing was copied');
    expect(refused.stderr).not.toMatch(/^\s+at /m);
    const pool = new Pool({ connectionString: pgUrl });
    try {
      const count = async (table: string) => {
        const exists = await pool.query('SELECT 1 FROM information_schema.tables WHERE table_schema = $1 AND table_name = $2', [nulSchema, table]);
        return exists.rowCount ? Number((await pool.query(`SELECT count(*) AS n FROM ${nulSchema}.${table}`)).rows[0].n) : 0;
      };
      expect(await count('events')).toBe(0);
      expect(await count('personal_data_keys')).toBe(0);
    } finally {
      await pool.query(`DROP SCHEMA IF EXISTS ${nulSchema} CASCADE`);
      await pool.end();
    }
    // The same log still copies to SQLite, which holds such text.
    const copied = run(['migrate', '--from', `sqlite:${withNul}`, '--to', `sqlite:${join(dir, 'nul-copy.sqlite')}`]);
    expect(copied.stdout).toMatch(/Target verifies: OK; exports identical: yes/);
  });

  it("refuses to migrate to EventStoreDB when the target's keys would go to the source's own key store, before opening anything", () => {
    // An esdb:// target keeps its read side where the API's environment says (ADR 0040): here, the source itself.
    const sameFile = run(['migrate', '--from', `sqlite:${demo}`, '--to', 'esdb://localhost:1?tls=false']);
    expect(sameFile.status).toBe(4);
    expect(sameFile.stderr).toContain(`BAD_USER_INPUT: The source and the target would keep their personal-data keys in the same place (sqlite:${demo})`);
    expect(sameFile.stderr).toContain('Nothing copied');
    const sameSchema = run(['migrate', '--from', `${pgUrl}?schema=${schema}`, '--to', 'esdb://localhost:1?tls=false'], { DATABASE_URL: pgUrl, POSTGRES_SCHEMA: schema });
    expect(sameSchema.status).toBe(4);
    expect(sameSchema.stderr).toContain(`in the same place (postgres:${schema})`);
    expect(sameSchema.stderr).not.toMatch(/^\s+at /m);
  });

  it('replays every read model with a progress bar and events per second', () => {
    const replayed = run(['replay']);
    expect(replayed.status).toBe(0);
    expect(replayed.stdout).toMatch(/Replayed \d+ events in [\d.]+ s \(\d+ events\/s\)/);
    expect(replayed.stderr).toContain('replay [');
  });

  it('prints the history with filters and a cursor, and a register as at an instant', () => {
    const page = run(['history', '--prefix', 'procurement-', '--limit', '3']);
    expect(page.stdout.trim().split('\n')).toHaveLength(3);
    expect(page.stdout).toContain('ProcurementRegistered');
    const next = /--from (\d+)/.exec(page.stderr)?.[1] as string;
    const more = run(['history', '--prefix', 'procurement-', '--limit', '3', '--from', next]);
    expect(more.stdout.split('\n')[0].split('\t')[0] > page.stdout.split('\n')[2].split('\t')[0]).toBe(true);
    const risks = run(['as-of', new Date().toISOString(), 'risk-register']);
    expect(risks.stdout.split('\n')[0]).toContain('"Title","Category","Owner"');
    expect(risks.stdout).toContain('Mandate and invoice fraud');
    expect(run(['as-of', '2020-01-01T00:00:00Z', 'risk-register']).stdout.trim().split('\n')).toHaveLength(1);
  });

  it('backs up the live SQLite store and restores it, verified', () => {
    const backup = join(dir, 'backup.sqlite');
    expect(run(['backup', backup]).stdout).toMatch(/verified OK/);
    expect(run(['backup', join(dir, 'y')]).stdout).toMatch(/back up .*personal-data-kek .*SEPARATELY/s);
    const restoredPath = join(dir, 'restored', 'ledger.sqlite');
    // Without the KEK the backup's keys were wrapped with, restore refuses (a fresh key file was made there).
    expect(run(['restore', backup], { SQLITE_PATH: restoredPath }).stderr).toMatch(/put the personal-data-kek file kept \(separately\) for this store at/);
    // The key files are backed up apart from the store and restored beside it (docs/operations.md).
    copyFileSync(join(dir, 'personal-data-kek'), join(dir, 'restored', 'personal-data-kek'));
    expect(run(['restore', backup], { SQLITE_PATH: restoredPath }).stdout).toMatch(/Restored \d+ verified events/);
    expect(run(['restore', backup], { SQLITE_PATH: restoredPath }).stderr).toMatch(/exists/);
    const a = join(dir, 'a.ndjson');
    const b = join(dir, 'b.ndjson');
    run(['export', a]);
    run(['export', b], { SQLITE_PATH: restoredPath });
    expect(readFileSync(b)).toEqual(readFileSync(a));
    expect(run(['backup', join(dir, 'x')], pgEnv).stderr).toMatch(/pg_dump/);
  });
});
