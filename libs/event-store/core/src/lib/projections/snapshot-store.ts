/**
 * One document of a snapshot as saved: the whole document as JSON text (`{…}`), a patch of what
 * changed since the snapshot before (`[…]`, see document-patch.ts), or null when it was deleted.
 * As loaded: the JSON text of the document as at the base, and the patches since, oldest first;
 * both are parsed only when the document is read.
 */
export interface SnapshotDocument {
  collection: string;
  id: string;
  json: string | null;
  patches?: string[];
}

/** Whether a saved snapshot row holds a patch rather than a whole document. */
export const isPatch = (json: string) => json.charCodeAt(0) === 0x5b; // '['

/**
 * The read models of some projections, folded from every event up to a position (ADR 0023).
 *
 * Snapshots are kept as a **base** (every document) followed by **deltas** (only the documents
 * changed since the snapshot before, a deletion as json null), so that the space they take grows
 * with what changed rather than with a full copy each time. A new base is taken once the deltas
 * since the last one add up to more than the base itself: loading any snapshot then reads at most
 * about twice the size of the read models.
 */
export interface ReadModelSnapshot {
  position: bigint;
  /** The latest recordedAt among the events folded: the snapshot is valid for as-of instants from here on. */
  maxRecordedAt: string;
  /** Which projections at which versions (see projectionsFingerprint): a snapshot of others is never used. */
  fingerprint: string;
  /** The position of the base this snapshot adds to: its own position when it is a base. */
  basePosition: bigint;
  /**
   * Saved: a base's every document, or a delta's changes since the snapshot before.
   * Loaded (latestSnapshot): always every document as at `position`, the deltas applied.
   */
  documents: SnapshotDocument[];
  /** JSON characters in the base. */
  baseSize: number;
  /** JSON characters in the deltas after the base, up to and including this one. */
  sizeSinceBase: number;
}

export interface SnapshotStore {
  saveSnapshot(snapshot: ReadModelSnapshot): Promise<void>;
  /**
   * The latest snapshot with this fingerprint whose maxRecordedAt is not after `notAfter` (any, when
   * absent), with every document as at its position (base and deltas resolved).
   */
  latestSnapshot(fingerprint: string, notAfter?: Date): Promise<ReadModelSnapshot | undefined>;
  clearSnapshots(): Promise<void>;
}

/**
 * Resolves a base and the deltas after it, in position order, into every document as at the last
 * one: a whole document replaces what came before, a patch is added to its document's patches, a
 * null deletes it. Nothing is parsed here.
 */
export function resolveSnapshotDocuments(rows: Iterable<SnapshotDocument>): SnapshotDocument[] {
  const byKey = new Map<string, SnapshotDocument>();
  for (const { collection, id, json } of rows) {
    const key = `${collection}\u0000${id}`;
    if (json === null) {
      byKey.delete(key);
      continue;
    }
    const current = byKey.get(key);
    if (!isPatch(json)) byKey.set(key, { collection, id, json });
    else if (!current) throw new Error(`Snapshot patch for ${collection}/${id} has no document before it`);
    else (current.patches ??= []).push(json);
  }
  return [...byKey.values()];
}
