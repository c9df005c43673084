import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';

// Runs the built CLI (`nx run cli:build`, a dependency of this test target) as a real process.
const workspace = join(__dirname, '../../..');
const cli = join(workspace, 'dist/apps/cli/main.js');

describe('ledger contracts import against a real SQLite store', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-cli-contracts-'));
  const env = { PATH: process.env['PATH'], SQLITE_PATH: join(dir, 'ledger.sqlite'), JWT_SECRET: 'x'.repeat(40) };
  const run = (args: string[]) => spawnSync(process.execPath, [cli, ...args], { env, encoding: 'utf8', timeout: 120_000 });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const HEADER = 'Contract reference,Procurement reference,Supplier name,Awarded value,Start date,End date,Extension months available,Social value weighting %,Contract manager email,Status';

  it('dry-runs a register naming its bad row, imports the corrected one, and imports it again as unchanged', () => {
    expect(run(['demo']).status).toBe(0);
    // A procurement of the demo whose award gateway passed: the one its first contract was awarded from.
    const db = new Database(env.SQLITE_PATH, { readonly: true });
    const { procurementId } = db.prepare("SELECT json_extract(data, '$.procurementId') AS procurementId FROM events WHERE type = 'ContractAwarded' ORDER BY position LIMIT 1").get() as { procurementId: string };
    db.close();
    const good = `CON/2023/044,${procurementId},Fenland Lot 2 Ltd,"£85,000",01/09/2023,31/08/2026,12,10%,contract.manager@demo.ledger.example,Active`;

    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, [HEADER, good, `CON/2023/045,${procurementId},Minus Ltd,-£5,01/09/2023,31/08/2026,0,0,,Active`].join('\n') + '\n');
    const dry = run(['contracts', 'import', bad, '--dry-run']);
    expect(dry.status).toBe(4);
    expect(dry.stdout).toContain('line 2: CON-2023-044: created (awarded, manager contract.manager@demo.ledger.example assigned)');
    expect(dry.stdout).toContain('line 3: BAD_USER_INPUT in awarded_value: awarded value "-£5" is negative: an amount in pounds must be 0 or more');
    expect(dry.stdout).toContain('Nothing was written');

    const file = join(dir, 'register.csv');
    writeFileSync(file, [HEADER, good].join('\n') + '\n');
    const imported = run(['contracts', 'import', file]);
    expect(imported.stdout).toContain('Imported: 1 rows read, 0 refused, 1 new, 0 updated, 0 unchanged.');
    expect(imported.status).toBe(0);
    const again = run(['contracts', 'import', file]);
    expect(again.stdout).toContain('line 2: CON-2023-044: unchanged');
    expect(again.stdout).toContain('Imported: 1 rows read, 0 refused, 0 new, 0 updated, 1 unchanged.');
    expect(run(['verify']).stdout).toMatch(/^OK: \d+ events checked/);
  }, 300_000);
});
