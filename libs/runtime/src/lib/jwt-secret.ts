import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { LedgerConfig } from './config';

/**
 * JWT_SECRET when set; otherwise a random secret generated once and kept with the other key files
 * (LEDGER_KEYS_DIR, else beside the SQLite file; mode 0600), so tokens survive a restart without anyone having to invent a secret.
 */
export function resolveJwtSecret(config: Pick<LedgerConfig, 'JWT_SECRET' | 'SQLITE_PATH' | 'LEDGER_KEYS_DIR'>): string {
  if (config.JWT_SECRET) return config.JWT_SECRET;
  const file = join(resolve(config.LEDGER_KEYS_DIR ?? dirname(resolve(config.SQLITE_PATH))), 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  return secret;
}
