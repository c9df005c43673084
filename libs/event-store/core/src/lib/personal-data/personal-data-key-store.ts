/**
 * Where per-person encryption keys live: outside the log, so that deleting a key (erasure)
 * leaves every event, and the hash chain over it, untouched. `null` marks an erased subject.
 */
export interface PersonalDataKeyStore {
  /** The keys of the given subjects: a Buffer, null when erased, absent when never created. */
  keysFor(subjectIds: readonly string[]): Promise<Map<string, Buffer | null>>;
  /** Stores `key` for the subject unless it has one (or was erased); returns what is stored. */
  createKey(subjectId: string, key: Buffer): Promise<Buffer | null>;
  /** Destroys the subject's key for good; later reads return null. */
  eraseKey(subjectId: string, erasedAt: Date): Promise<void>;
  /** Every subject with its key or null when erased: for moving keys between stores. */
  allKeys?(): Promise<Map<string, Buffer | null>>;
  /** Sets a subject's key as copied from another store (null: erased there, so erased here). */
  restoreKey?(subjectId: string, key: Buffer | null): Promise<void>;
}

export class InMemoryPersonalDataKeyStore implements PersonalDataKeyStore {
  private readonly keys = new Map<string, Buffer | null>();

  async keysFor(subjectIds: readonly string[]): Promise<Map<string, Buffer | null>> {
    return new Map(subjectIds.filter((id) => this.keys.has(id)).map((id) => [id, this.keys.get(id) ?? null]));
  }

  async createKey(subjectId: string, key: Buffer): Promise<Buffer | null> {
    if (!this.keys.has(subjectId)) this.keys.set(subjectId, key);
    return this.keys.get(subjectId) ?? null;
  }

  async eraseKey(subjectId: string): Promise<void> {
    this.keys.set(subjectId, null);
  }

  async allKeys(): Promise<Map<string, Buffer | null>> {
    return new Map(this.keys);
  }

  async restoreKey(subjectId: string, key: Buffer | null): Promise<void> {
    if (this.keys.get(subjectId) === null) return;
    this.keys.set(subjectId, key);
  }
}
