import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { EventMetadata, hashEvent } from '@ledger/event-store-core';

// The check, done as a DBA would: on the store's own file, with SQL and sha256 only.
const workspace = join(__dirname, '../../..');
const cli = join(workspace, 'dist/apps/cli/main.js');

interface Row {
  position: number;
  stream_id: string;
  revision: number;
  type: string;
  data: string;
  metadata: string;
}

describe('signed checkpoints against whoever runs the database', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-cli-checkpoints-'));
  const store = join(dir, 'data', 'ledger.sqlite');
  const env = { PATH: process.env['PATH'], SQLITE_PATH: store, JWT_SECRET: 'x'.repeat(40) };
  const run = (args: string[]) => spawnSync(process.execPath, [cli, ...args], { env, encoding: 'utf8', timeout: 120_000 });
  const auditorsCopy = join(dir, 'auditor', 'checkpoint.json');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Changes one event and recomputes its stream's chain from it on: every hash checks out afterwards. */
  function rewriteWithRecomputedHashes(position: number, change: (data: Record<string, unknown>) => Record<string, unknown>): void {
    const db = new Database(store);
    const target = db.prepare('SELECT * FROM events WHERE position = ?').get(position) as Row;
    const stream = db.prepare('SELECT * FROM events WHERE stream_id = ? AND revision >= ? ORDER BY revision').all(target.stream_id, target.revision) as Row[];
    let prevHash = (JSON.parse(stream[0].metadata) as EventMetadata).prevHash;
    for (const row of stream) {
      const data = row.position === position ? change(JSON.parse(row.data)) : JSON.parse(row.data);
      const metadata = JSON.parse(row.metadata) as EventMetadata;
      const hash = hashEvent(prevHash, { streamId: row.stream_id, revision: row.revision, type: row.type, data, metadata });
      db.prepare('UPDATE events SET data = ?, metadata = ? WHERE position = ?').run(JSON.stringify(data), JSON.stringify({ ...metadata, prevHash, hash }), row.position);
      prevHash = hash;
    }
    db.close();
  }

  const deferredDecision = () => {
    const db = new Database(store, { readonly: true });
    const row = db.prepare("SELECT position FROM events WHERE type = 'GatewayDecisionRecorded' AND json_extract(data, '$.outcome') = 'DEFERRED' ORDER BY position LIMIT 1").get() as { position: number };
    db.close();
    return row.position;
  };

  it('keeps the signing key outside the store, owner-only, and prints its public half', () => {
    expect(run(['demo']).status).toBe(0);
    expect(run(['checkpoint', 'sign']).stdout).toMatch(/^Signed checkpoint of \d+ events/);
    const key = join(dir, 'data', 'checkpoint-signing-key.pem');
    expect(statSync(key).mode & 0o777).toBe(0o600);
    const printed = run(['checkpoint', 'public-key']);
    expect(printed.stdout).toMatch(/^-----BEGIN PUBLIC KEY-----\n[\s\S]+-----END PUBLIC KEY-----\n$/);
    expect(printed.stderr).toMatch(/key id [0-9a-f]{16}/);
    const db = new Database(store, { readonly: true });
    const hasPrivateKey = db.prepare("SELECT count(*) AS n FROM events WHERE data LIKE '%PRIVATE KEY%'").get() as { n: number };
    db.close();
    expect(hasPrivateKey.n).toBe(0);

    // One event's inclusion, checked with the public key alone (RFC 6962 audit path), as an auditor would.
    const keyFile = join(dir, 'auditor-key.pem');
    writeFileSync(keyFile, printed.stdout);
    const proofFile = join(dir, 'proof.json');
    const proved = run(['checkpoint', 'prove', String(deferredDecision())]);
    expect(proved.status).toBe(0);
    writeFileSync(proofFile, proved.stdout);
    const checked = run(['checkpoint', 'check-proof', proofFile, '--public-key', keyFile]);
    expect(checked.stdout).toMatch(/^PROVEN: event procurement-[\w-]+@\d+ \(GatewayDecisionRecorded, hash [0-9a-f]{64}\) is event \d+ of the log under the checkpoint of \d+ events signed/);
    const forged = JSON.parse(proved.stdout);
    forged.event.hash = 'f'.repeat(64);
    writeFileSync(proofFile, JSON.stringify(forged));
    const refused = run(['checkpoint', 'check-proof', proofFile, '--public-key', keyFile]);
    expect(refused.status).toBe(3);
    expect(refused.stdout).toMatch(/^NOT PROVEN: event f{64} is not at index \d+ under the signed root/);
  });

  it('hands an auditor a signed head, and names a decision rewritten with recomputed hashes', () => {
    const exported = run(['checkpoint', 'export', auditorsCopy]);
    expect(exported.status).toBe(0);
    // Nothing was appended since the checkpoint signed above: the auditor is handed that one.
    expect(exported.stdout).toMatch(/^Nothing new since checkpoint of \d+ events: root [0-9a-f]{64}, key [0-9a-f]{16}/);
    expect(statSync(auditorsCopy).size).toBeGreaterThan(0);
    expect(run(['verify', '--against', auditorsCopy]).stdout).toMatch(/OK: \d+ events checked[\s\S]*1 signed checkpoints in the log check out/);

    const decision = deferredDecision();
    rewriteWithRecomputedHashes(decision, (data) => ({ ...data, outcome: 'APPROVED' }));

    const plain = run(['verify']);
    expect(plain.status).toBe(3);
    expect(plain.stdout).toMatch(new RegExp(`BROKEN at position ${decision}: .*no longer matches the checkpoint signed at`));

    // The DBA also removes the checkpoint from the log and the installation's own copy of it.
    const db = new Database(store);
    db.prepare("DELETE FROM events WHERE stream_id = 'log-checkpoints'").run();
    db.close();
    rmSync(join(dir, 'data', 'checkpoint-latest.json'));
    expect(run(['verify']).status).toBe(0);

    const audited = run(['verify', '--against', auditorsCopy]);
    expect(audited.status).toBe(3);
    expect(audited.stdout).toMatch(new RegExp(`BROKEN at position ${decision}: event \\d+ of the log no longer matches the checkpoint in ${auditorsCopy.replace(/[/.]/g, '\\$&')}`));
  });

  it('reports events removed from the end of the log after a checkpoint, from the installation’s own copy too', () => {
    const other = mkdtempSync(join(tmpdir(), 'ledger-cli-truncated-'));
    const otherEnv = { ...env, SQLITE_PATH: join(other, 'ledger.sqlite') };
    const runOther = (args: string[]) => spawnSync(process.execPath, [cli, ...args], { env: otherEnv, encoding: 'utf8', timeout: 60_000 });
    try {
      for (const email of ['one@example.gov.uk', 'two@example.gov.uk']) {
        spawnSync(process.execPath, [cli, 'users', 'create', '--email', email, '--name', 'X', '--role', 'STAFF'], { env: { ...otherEnv, LEDGER_PASSWORD: 'a long enough passphrase' }, encoding: 'utf8' });
      }
      const copy = join(other, 'checkpoint.json');
      expect(runOther(['checkpoint', 'export', copy]).status).toBe(0);
      // The DBA removes the checkpoint and the account registered last: every remaining hash links up.
      const db = new Database(otherEnv.SQLITE_PATH);
      db.prepare('DELETE FROM events WHERE position >= 2').run();
      db.close();

      const local = runOther(['verify']);
      expect(local.status).toBe(3);
      expect(local.stdout).toMatch(/the log holds 1 events but the installation's latest checkpoint .* covers \d+: events were removed from the end of the log \(from event 2\)/);
      const audited = runOther(['verify', '--against', copy]);
      expect(audited.status).toBe(3);
      expect(audited.stdout).toMatch(/events were removed from the end of the log/);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  it('refuses a file that is not a checkpoint, naming it, with exit code 4', () => {
    const result = run(['verify', '--against', store]);
    expect(result.status).toBe(4);
    expect(result.stderr).toMatch(/is not a checkpoint file: it is not JSON/);
    expect(existsSync(auditorsCopy)).toBe(true);
    expect(readFileSync(auditorsCopy, 'utf8')).toContain('"format": "governance-ledger-checkpoint/1"');
  });
});
