import { ReadModelSnapshot, SnapshotStore, resolveSnapshotDocuments } from './snapshot-store';

/** Snapshots in memory (tests, and the in-memory read model store): bases and deltas as saved. */
export class InMemorySnapshotStore implements SnapshotStore {
  private readonly snapshots: ReadModelSnapshot[] = [];

  async saveSnapshot(snapshot: ReadModelSnapshot): Promise<void> {
    const kept = { ...snapshot, documents: snapshot.documents.map((doc) => ({ ...doc })) };
    const at = this.snapshots.findIndex((s) => s.fingerprint === snapshot.fingerprint && s.position === snapshot.position);
    if (at >= 0) this.snapshots[at] = kept;
    else this.snapshots.push(kept);
    this.snapshots.sort((a, b) => (a.position < b.position ? -1 : a.position > b.position ? 1 : 0));
  }

  async latestSnapshot(fingerprint: string, notAfter?: Date): Promise<ReadModelSnapshot | undefined> {
    const fitting = this.snapshots.filter((s) => s.fingerprint === fingerprint && (!notAfter || s.maxRecordedAt <= notAfter.toISOString()));
    const latest = fitting.at(-1);
    if (!latest) return undefined;
    const chain = this.snapshots.filter((s) => s.fingerprint === fingerprint && s.position >= latest.basePosition && s.position <= latest.position);
    return { ...latest, documents: resolveSnapshotDocuments(chain.flatMap((s) => s.documents)).map((doc) => ({ ...doc })) };
  }

  async clearSnapshots(): Promise<void> {
    this.snapshots.length = 0;
  }
}
