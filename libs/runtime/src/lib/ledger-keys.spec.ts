import { generateKeyPairSync, sign, verify } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KeyFileError, resolveLedgerKeys } from './ledger-keys';

describe('the application keys, outside every store', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'ledger-keys-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('are made once beside the SQLite file, owner-only, and the same on the next start', () => {
    const config = { SQLITE_PATH: join(dir, 'data', 'ledger.sqlite') };
    const first = resolveLedgerKeys(config);
    for (const name of ['checkpoint-signing-key.pem', 'personal-data-kek', 'account-lookup-key']) {
      expect(statSync(join(dir, 'data', name)).mode & 0o777).toBe(0o600);
    }
    expect(statSync(join(dir, 'data')).mode & 0o777).toBe(0o700);
    const again = resolveLedgerKeys(config);
    expect(again.checkpointSigning.keyId).toBe(first.checkpointSigning.keyId);
    expect(again.personalDataKek.key.equals(first.personalDataKek.key)).toBe(true);
    expect(again.accountLookup.key.equals(first.accountLookup.key)).toBe(true);
    const signature = sign(null, Buffer.from('head'), first.checkpointSigning.privateKey);
    expect(verify(null, Buffer.from('head'), again.checkpointSigning.publicKey, signature)).toBe(true);
  });

  it('come from LEDGER_KEYS_DIR or from a file named for each key, so a database host never holds them', () => {
    const keysDir = join(dir, 'secrets');
    const own = join(dir, 'mounted-kek');
    writeFileSync(own, `${Buffer.alloc(32, 7).toString('base64')}\n`, { mode: 0o600 });
    const keys = resolveLedgerKeys({ SQLITE_PATH: join(dir, 'db', 'ledger.sqlite'), LEDGER_KEYS_DIR: keysDir, PERSONAL_DATA_KEK_FILE: own });
    expect(keys.personalDataKek.key.equals(Buffer.alloc(32, 7))).toBe(true);
    expect(keys.checkpointSigning.file).toBe(join(keysDir, 'checkpoint-signing-key.pem'));
    expect(keys.checkpointSigning.latestFile).toBe(join(keysDir, 'checkpoint-latest.json'));
    expect(() => statSync(join(dir, 'db', 'checkpoint-signing-key.pem'))).toThrow();
  });

  it('tightens a key file others can read, and refuses one that holds no key', () => {
    const config = { SQLITE_PATH: join(dir, 'ledger.sqlite') };
    resolveLedgerKeys(config);
    chmodSync(join(dir, 'account-lookup-key'), 0o644);
    resolveLedgerKeys(config);
    expect(statSync(join(dir, 'account-lookup-key')).mode & 0o777).toBe(0o600);

    writeFileSync(join(dir, 'account-lookup-key'), 'short\n');
    expect(() => resolveLedgerKeys(config)).toThrow(KeyFileError);
    expect(() => resolveLedgerKeys(config)).toThrow(/account-lookup-key must hold 32 bytes in base64/);

    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    writeFileSync(join(dir, 'other.pem'), rsa);
    expect(() => resolveLedgerKeys({ ...config, CHECKPOINT_SIGNING_KEY_FILE: join(dir, 'other.pem') })).toThrow(/holds a rsa key; checkpoints are signed with Ed25519/);
  });

  it('trusts the retired public keys an operator keeps after a rotation', () => {
    const config = { SQLITE_PATH: join(dir, 'ledger.sqlite') };
    const old = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }).toString();
    writeFileSync(join(dir, 'checkpoint-retired-public-keys.pem'), old);
    expect(resolveLedgerKeys(config).checkpointSigning.retiredPublicKeys).toHaveLength(1);
    expect(readFileSync(join(dir, 'checkpoint-retired-public-keys.pem'), 'utf8')).toContain('BEGIN PUBLIC KEY');
  });
});
