import Database from 'better-sqlite3';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';

export type SqliteDatabase = Database.Database;

/** How long a connection waits for another process's lock before reporting SQLITE_BUSY. */
export const SQLITE_BUSY_TIMEOUT_MS = 5000;

/**
 * Opens the store file with durable settings: WAL so readers never block the writer, FULL sync so
 * a committed append survives a power cut, and a busy timeout for a second process (the CLI).
 * `secure_delete` makes SQLite overwrite deleted and updated-away content with zeros, so an erased
 * personal-data key leaves no bytes behind in the file's free space (ADR 0019); it costs a little
 * extra writing, which an append-mostly store hardly notices.
 */
export function openSqlite(path: string): SqliteDatabase {
  if (path !== ':memory:') createPrivately(path);
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  // SQLite gives its WAL and shared-memory files the database file's permissions; tighten any made before.
  if (path !== ':memory:') for (const file of [`${path}-wal`, `${path}-shm`]) if (existsSync(file)) ownerOnly(file);
  db.pragma('synchronous = FULL');
  db.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
  db.pragma('secure_delete = ON');
  db.pragma('foreign_keys = ON');
  return db;
}

/**
 * The store holds personal data and the keys that unlock it: its folder is made 0700 and the file
 * 0600 before SQLite opens it, and a file made earlier with wider permissions is tightened.
 *
 * A file that exists is never opened here. Closing any descriptor of a file drops every POSIX lock
 * the process holds on it (sqlite.org/howtocorrupt.html, 2.2), so opening and closing the database
 * while this process had connections to it left them unlocked: another program's connection
 * (`sqlite3`, a backup tool, `ledger` itself) then took itself for the last one when it closed,
 * checkpointed and deleted the write-ahead log still being written, and the file was corrupt. The
 * file is created with O_EXCL: if it exists, nothing is opened; if it did not, no connection of
 * this process can hold a lock on it yet.
 */
export function createPrivately(path: string): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  try {
    closeSync(openSync(path, 'wx', 0o600));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  ownerOnly(path);
}

function ownerOnly(path: string): void {
  try {
    chmodSync(path, 0o600);
  } catch (error) {
    // A file owned by another user (a read-only mount, an operator's copy) is theirs to protect.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') throw error;
  }
}
