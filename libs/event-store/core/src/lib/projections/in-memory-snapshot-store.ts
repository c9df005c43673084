import { ReadModelSnapshot, SnapshotStore } from './snapshot-store';

export class InMemorySnapshotStore implements SnapshotStore {
  private readonly snapshots: ReadModelSnapshot[] = [];

  async saveSnapshot(snapshot: ReadModelSnapshot): Promise<void> {
    this.snapshots.push(structuredClone(snapshot));
  }

  async latestSnapshot(fingerprint: string, notAfter?: Date): Promise<ReadModelSnapshot | undefined> {
    const fitting = this.snapshots.filter((s) => s.fingerprint === fingerprint && (!notAfter || s.maxRecordedAt <= notAfter.toISOString()));
    return structuredClone(fitting.sort((a, b) => (a.position < b.position ? -1 : 1)).at(-1));
  }

  async clearSnapshots(): Promise<void> {
    this.snapshots.length = 0;
  }
}
