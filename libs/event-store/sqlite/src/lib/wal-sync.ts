import { fdatasync, fstatSync, realpathSync } from 'node:fs';
import { FileHandle, open } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { SqliteDatabase } from './open-sqlite';

/** Flushes one file's data to the disk (fdatasync); a test can pass its own to see when it happens. */
export type SyncFile = (path: string) => Promise<{ inode: number } | undefined>;

/**
 * Makes an append durable without holding the event loop while the disk works (ADR 0041).
 *
 * The event store's connection commits with `synchronous = NORMAL`: in WAL mode the commit writes
 * its frames to the write-ahead log and returns without waiting for the disk. The append is then
 * acknowledged only once this class has flushed the write-ahead log with fdatasync on libuv's
 * thread pool, which is what `synchronous = FULL` does at each commit, on the caller's thread.
 *
 * Group commit: commits that finish while a flush runs wait for the next one, shared by all of
 * them (the running one may have started before their frames were written). A checkpoint copies
 * frames into the database file and flushes both itself, so a frame the log no longer holds is
 * already on disk. The first flush of each write-ahead log file (a new inode: the first append
 * after start-up, or after SQLite deleted and made it again) also flushes the folder, so that the
 * file itself survives a power cut, as SQLite does when it syncs a new journal.
 */
export class WalSync {
  private running?: Promise<void>;
  private queued?: Promise<void>;
  private syncedInode?: number;
  private readonly log: KeptLogHandle;
  private readonly syncFile: SyncFile;

  constructor(
    private readonly walPath: string,
    syncFile?: SyncFile,
    private readonly syncFolder: (path: string) => Promise<void> = folderSync,
  ) {
    this.log = new KeptLogHandle();
    this.syncFile = syncFile ?? ((path) => this.log.dataSync(path));
  }

  /** Waits for the flushes under way and lets go of the log file (the store closes). */
  async close(): Promise<void> {
    await Promise.allSettled([this.running, this.queued]);
    await this.log.close();
  }

  /**
   * Throws once a flush has failed. Linux reports a write-back error to a file once: a later
   * fdatasync can succeed although the frames the failed one covered never reached the disk, and
   * every later event would be chained to them. So, as PostgreSQL stops at a failed fsync, the
   * store refuses every later write in this process (and `/health` reports it unavailable); at the
   * next start SQLite recovers the log from what is on the disk.
   */
  assertWritable(): void {
    if (!failedLogs.has(this.walPath)) return;
    const failure = failedLogs.get(this.walPath);
    const reason = failure instanceof Error ? failure.message : String(failure);
    throw new Error(`Flushing ${this.walPath} to the disk failed (${reason}): this process writes nothing more; check the disk, then restart the ledger`);
  }

  /** Resolves once everything committed before the call is on disk; rejects if the disk said no. */
  afterCommit(): Promise<void> {
    if (!this.running) return this.start();
    this.queued ??= this.running.then(
      () => this.startQueued(),
      () => this.startQueued(),
    );
    return this.queued;
  }

  private startQueued(): Promise<void> {
    this.queued = undefined;
    return this.start();
  }

  private start(): Promise<void> {
    const run = this.flush().finally(() => {
      if (this.running === run) this.running = undefined;
    });
    this.running = run;
    return run;
  }

  private async flush(): Promise<void> {
    try {
      const synced = await this.syncFile(this.walPath);
      // No write-ahead log: everything was checkpointed into the database file, which the checkpoint flushed.
      if (!synced || synced.inode === this.syncedInode) return;
      await this.syncFolder(dirname(this.walPath));
      this.syncedInode = synced.inode;
    } catch (error) {
      if (!failedLogs.has(this.walPath)) failedLogs.set(this.walPath, error);
      throw error;
    }
  }
}

/** What a store holds of the WalSync of its file: it lets go of it once, at close. */
export interface WalSyncLease {
  assertWritable(): void;
  afterCommit(): Promise<void>;
  close(): Promise<void>;
}

/**
 * One WalSync per write-ahead log in this process, shared by every store that writes to it: the
 * event store and the key store share one SQLite file. Shared, their commits share flushes, one
 * handle stays open on the log, and a failed flush seen by either stops both (each kept its own
 * before, so the key store could go on writing after the event store's flush had failed).
 */
const walSyncs = new Map<string, { sync: WalSync; syncFile?: SyncFile; leases: number }>();
/**
 * The first failed flush of each log in this process, by path: from then on no store on that log
 * writes (WalSync#assertWritable), including a store that opens the file again later.
 */
const failedLogs = new Map<string, unknown>();

/**
 * For a store's connection to a file: it commits under NORMAL, and the lease returned makes each
 * commit durable through the file's one WalSync (ADR 0041). None for a connection in memory or read-only.
 */
export function walSyncFor(db: SqliteDatabase, syncFile?: SyncFile): WalSyncLease | undefined {
  if (db.memory || db.readonly) return undefined;
  db.pragma('synchronous = NORMAL');
  // The real path: two stores given the same file by different names still share its log.
  const walPath = `${realpathSync(db.name)}-wal`;
  let entry = walSyncs.get(walPath);
  if (entry && entry.syncFile !== syncFile) throw new Error(`${walPath} is already flushed by another function: every store on one file shares its flushes`);
  if (!entry) {
    entry = { sync: new WalSync(walPath, syncFile), syncFile, leases: 0 };
    walSyncs.set(walPath, entry);
  }
  entry.leases += 1;
  const shared = entry;
  let closed = false;
  return {
    assertWritable: () => shared.sync.assertWritable(),
    afterCommit: () => shared.sync.afterCommit(),
    close: async () => {
      if (closed) return;
      closed = true;
      shared.leases -= 1;
      if (shared.leases > 0) return;
      if (walSyncs.get(walPath) === shared) walSyncs.delete(walPath);
      await shared.sync.close();
    },
  };
}

/**
 * Runs a store's commit and answers once it is on disk: refused before it runs once a flush has
 * failed. Without a WalSync (in memory, read-only) the commit alone.
 */
export async function commitDurably<T>(walSync: WalSyncLease | undefined, commit: () => T): Promise<T> {
  walSync?.assertWritable();
  const result = commit();
  await walSync?.afterCommit();
  return result;
}

/**
 * The write-ahead log file, opened once and kept: each flush is then one fdatasync on the thread
 * pool. Opening, flushing, reading the inode and closing the file at every flush took four trips
 * through the pool, and a single writer's appends ran at 0.26-0.30x of the raw driver's durable commits.
 *
 * SQLite deletes the log only when the last connection to the database closes (the store's own
 * stays open), yet a kept handle must never flush a deleted file and call it done: after each
 * flush the handle's link count is read (fstat, no disk wait), and a log no longer linked is
 * dropped and the file now at the path is flushed instead.
 */
class KeptLogHandle {
  private handle?: FileHandle;

  async dataSync(path: string): Promise<{ inode: number } | undefined> {
    for (let attempt = 1; ; attempt++) {
      this.handle ??= await openIfExists(path);
      const handle = this.handle;
      if (!handle) return undefined;
      await dataSyncOf(handle.fd);
      const { nlink, ino } = fstatSync(handle.fd);
      if (nlink > 0) return { inode: ino };
      this.handle = undefined;
      await handle.close();
      if (attempt === 2) throw new Error(`${path} was deleted twice during one flush`);
    }
  }

  async close(): Promise<void> {
    const handle = this.handle;
    this.handle = undefined;
    await handle?.close();
  }
}

/** fdatasync through the callback API: about 30 us less per flush than FileHandle#datasync's promise here. */
const dataSyncOf = (fd: number) => new Promise<void>((resolve, reject) => fdatasync(fd, (error) => (error ? reject(error) : resolve())));

async function openIfExists(path: string): Promise<FileHandle | undefined> {
  try {
    return await open(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

async function folderSync(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
