import { open } from 'node:fs/promises';
import { dirname } from 'node:path';

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

  constructor(
    private readonly walPath: string,
    private readonly syncFile: SyncFile = dataSync,
    private readonly syncFolder: (path: string) => Promise<void> = folderSync,
  ) {}

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
    const synced = await this.syncFile(this.walPath);
    // No write-ahead log: everything was checkpointed into the database file, which the checkpoint flushed.
    if (!synced || synced.inode === this.syncedInode) return;
    await this.syncFolder(dirname(this.walPath));
    this.syncedInode = synced.inode;
  }
}

async function dataSync(path: string): Promise<{ inode: number } | undefined> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    await handle.datasync();
    return { inode: (await handle.stat()).ino };
  } finally {
    await handle.close();
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
