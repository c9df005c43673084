import { Document } from './read-model';

/** The read models of some projections, folded from every event up to a position. */
export interface ReadModelSnapshot {
  position: bigint;
  /** The latest recordedAt among the events folded: the snapshot is valid for as-of instants from here on. */
  maxRecordedAt: string;
  /** Which projections at which versions (see projectionsFingerprint): a snapshot of others is never used. */
  fingerprint: string;
  collections: Record<string, Document[]>;
}

export interface SnapshotStore {
  saveSnapshot(snapshot: ReadModelSnapshot): Promise<void>;
  /** The latest snapshot with this fingerprint whose maxRecordedAt is not after `notAfter` (any, when absent). */
  latestSnapshot(fingerprint: string, notAfter?: Date): Promise<ReadModelSnapshot | undefined>;
  clearSnapshots(): Promise<void>;
}
