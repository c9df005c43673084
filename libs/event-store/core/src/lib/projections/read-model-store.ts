import { ReadModelChanges, ReadModelReader } from './read-model';
import { SnapshotStore } from './snapshot-store';

/** One projection's document changes and the checkpoint they bring it to, from `from` to `to`. */
export interface ProjectionCommit {
  projection: string;
  from: bigint;
  to: bigint;
  changes: ReadModelChanges;
}

/**
 * Where projections keep their documents. `commit` writes a batch of document changes and moves
 * the projection's checkpoint in one transaction: after a crash either both happened or neither.
 */
export interface ReadModelStore extends ReadModelReader, SnapshotStore {
  checkpoint(projection: string): Promise<bigint>;
  /**
   * Commits the changes and sets the checkpoint to `to`, only if it is still `from` (another
   * runner that got there first makes this throw and the batch is re-read).
   */
  commit(projection: string, from: bigint, to: bigint, changes: ReadModelChanges): Promise<void>;
  /**
   * Several projections' commits in ONE transaction, each checked as `commit` checks it: all or
   * none. A replay writes its in-memory fold this way, in large batches (ADR 0023).
   */
  commitAll(commits: readonly ProjectionCommit[]): Promise<void>;
  /** Drops the projection's collections and checkpoint, for a rebuild. */
  reset(projection: string, collections: readonly string[]): Promise<void>;
  /**
   * Optional: runs a rebuild's writes (resets, large commits, snapshots) without waiting for the
   * disk at each commit, and makes them all durable at once before it resolves (ADR 0038). Each
   * commit still holds documents and checkpoints together; a machine that stops half-way loses at
   * most the latest commits, which the next catch-up folds again from the log.
   */
  rebuilding?<T>(work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export class CheckpointMovedError extends Error {
  constructor(projection: string, expected: bigint) {
    super(`Projection ${projection} is no longer at position ${expected}: another runner moved it`);
  }
}
