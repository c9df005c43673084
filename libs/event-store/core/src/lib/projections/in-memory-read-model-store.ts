import { applyPatches } from './document-patch';
import { InMemorySnapshotStore } from './in-memory-snapshot-store';
import { Projection, ProjectionTx } from './projection';
import { Document, ReadModelChanges, ReadModelReader } from './read-model';
import { CheckpointMovedError, ProjectionCommit, ReadModelStore } from './read-model-store';
import { ReadModelSnapshot, SnapshotDocument } from './snapshot-store';

/** A document loaded from a snapshot base and the patches after it, neither parsed yet. */
class PatchedText {
  constructor(
    readonly json: string,
    readonly patches: readonly string[],
  ) {}

  parse(): Document {
    return applyPatches(JSON.parse(this.json) as Document, this.patches);
  }
}

/**
 * A document as held: an object, or JSON text not parsed yet (loaded from a snapshot, or settled
 * after a fold), possibly with patches. Text is parsed on each read, which also hands the reader
 * its own copy. Text and patches never change; an object is replaced, never changed, when its
 * document changes (what snapshots diff by, see document-patch.ts).
 */
export type HeldDocument = Document | string | PatchedText;

const key = (collection: string, id: string) => `${collection}\u0000${id}`;
const parseText = (held: string | PatchedText) => (typeof held === 'string' ? (JSON.parse(held) as Document) : held.parse());

/** Which documents changed since it was last taken (for a replay's flush, for a delta snapshot). */
export class ChangedDocuments {
  // By collection, then id: no key string built per change (a replay notes every put).
  private changed = new Map<string, Set<string>>();

  /** @internal called by the store on every put and delete */
  note(collection: string, id: string): void {
    let ids = this.changed.get(collection);
    if (!ids) this.changed.set(collection, (ids = new Set()));
    ids.add(id);
  }

  take(): { collection: string; id: string }[] {
    const taken: { collection: string; id: string }[] = [];
    for (const [collection, ids] of this.changed) for (const id of ids) taken.push({ collection, id });
    this.changed = new Map();
    return taken;
  }
}

/** Holds read models in memory: as-of folds, replays, snapshots and unit tests. */
export class InMemoryReadModelStore implements ReadModelStore {
  private readonly collections = new Map<string, Map<string, HeldDocument>>();
  /** Told when text is parsed into the object held from then on (a snapshot writer diffs against it). */
  private readonly parsedListeners = new Set<(collection: string, id: string, text: string | PatchedText, doc: Document) => void>();
  private readonly checkpoints = new Map<string, bigint>();
  private readonly snapshots = new InMemorySnapshotStore();
  private readonly trackers = new Set<ChangedDocuments>();

  /** Read models from snapshot documents (left as text until read), each projection checkpointed at `position`. */
  static load(documents: Iterable<SnapshotDocument>, checkpoints: Map<string, bigint>): InMemoryReadModelStore {
    const store = new InMemoryReadModelStore();
    for (const { collection, id, json, patches } of documents) {
      if (json !== null) store.docs(collection).set(id, patches?.length ? new PatchedText(json, patches) : json);
    }
    for (const [projection, position] of checkpoints) store.checkpoints.set(projection, position);
    return store;
  }

  /**
   * Reads hand out copies (a reader that changes what it got must not change the read model):
   * text is parsed, an object is cloned.
   */
  async get<T extends Document>(collection: string, id: string): Promise<T | undefined> {
    const held = this.collections.get(collection)?.get(id);
    return held === undefined ? undefined : (copyOf(held) as T);
  }

  async list<T extends Document>(collection: string): Promise<T[]> {
    return [...(this.collections.get(collection)?.values() ?? [])].map((held) => copyOf(held) as T);
  }

  /**
   * For folding only: reads without copying, as a unit of work's own reads are (a projection puts
   * back what it changes). Copying every document a fold touched made folds several times slower.
   */
  readonly folding: ReadModelReader = {
    get: async <T extends Document>(collection: string, id: string) => this.shared<T>(collection, id),
    list: async <T extends Document>(collection: string) => [...(this.collections.get(collection)?.keys() ?? [])].map((id) => this.shared<T>(collection, id) as T),
  };

  /** A projection transaction straight onto these documents: a whole-log fold needs no unit of work per batch. */
  readonly direct: ProjectionTx = {
    ...this.folding,
    // As a unit of work puts it: with its id (not copied again when it has it: projections build a new object per change).
    put: (collection, id, doc) => this.put(collection, id, doc['id'] === id ? doc : { ...doc, id }),
    delete: (collection, id) => this.remove(collection, id),
  };

  /** Starts noting which documents change from now on. */
  trackChanges(): ChangedDocuments {
    const tracker = new ChangedDocuments();
    this.trackers.add(tracker);
    return tracker;
  }

  /** The held document, not copied (whoever asks must not change it). */
  document(collection: string, id: string): Document | undefined {
    return this.shared(collection, id);
  }

  /** What is held for the document now (text or the object itself), to diff against later. */
  held(collection: string, id: string): HeldDocument | undefined {
    return this.collections.get(collection)?.get(id);
  }

  /** Everything held now, by collection and id (a snapshot writer's starting point). */
  allHeld(): Map<string, HeldDocument> {
    const all = new Map<string, HeldDocument>();
    for (const [collection, docs] of this.collections) for (const [id, held] of docs) all.set(key(collection, id), held);
    return all;
  }

  /** Calls `listener` whenever held text is parsed into the object held from then on. */
  onParsed(listener: (collection: string, id: string, text: string | PatchedText, doc: Document) => void): void {
    this.parsedListeners.add(listener);
  }

  /** Every document as JSON text (a base snapshot). */
  *allJson(): Iterable<SnapshotDocument> {
    for (const [collection, docs] of this.collections) {
      for (const [id, held] of docs) yield { collection, id, json: typeof held === 'string' ? held : JSON.stringify(held instanceof PatchedText ? held.parse() : held) };
    }
  }

  /**
   * Turns every folded object into JSON text, once the fold is done: each later read then parses
   * one document (a fresh copy) instead of cloning it, and nothing a reader does reaches the store.
   */
  settle(): void {
    for (const docs of this.collections.values()) for (const [id, held] of docs) if (typeof held !== 'string' && !(held instanceof PatchedText)) docs.set(id, JSON.stringify(held));
  }

  /** Sets a projection's checkpoint without any check (an in-memory fold owns its store). */
  setCheckpoint(projection: string, position: bigint): void {
    this.checkpoints.set(projection, position);
  }

  async checkpoint(projection: string): Promise<bigint> {
    return this.checkpoints.get(projection) ?? 0n;
  }

  async commit(projection: string, from: bigint, to: bigint, changes: ReadModelChanges): Promise<void> {
    return this.commitAll([{ projection, from, to, changes }]);
  }

  async commitAll(commits: readonly ProjectionCommit[]): Promise<void> {
    for (const { projection, from } of commits) if ((this.checkpoints.get(projection) ?? 0n) !== from) throw new CheckpointMovedError(projection, from);
    for (const { projection, to, changes } of commits) {
      // The unit of work that made these changes is discarded after the commit: no copy needed.
      for (const { collection, id, doc } of changes.puts) this.put(collection, id, doc);
      for (const { collection, id } of changes.deletes) this.remove(collection, id);
      this.checkpoints.set(projection, to);
    }
  }

  async reset(projection: string, collections: readonly string[]): Promise<void> {
    for (const collection of collections) {
      for (const id of this.collections.get(collection)?.keys() ?? []) for (const tracker of this.trackers) tracker.note(collection, id);
      this.collections.delete(collection);
    }
    this.checkpoints.delete(projection);
  }

  saveSnapshot(snapshot: ReadModelSnapshot): Promise<void> {
    return this.snapshots.saveSnapshot(snapshot);
  }

  latestSnapshot(fingerprint: string, notAfter?: Date): Promise<ReadModelSnapshot | undefined> {
    return this.snapshots.latestSnapshot(fingerprint, notAfter);
  }

  clearSnapshots(): Promise<void> {
    return this.snapshots.clearSnapshots();
  }

  async close(): Promise<void> {
    return;
  }

  private docs(collection: string): Map<string, HeldDocument> {
    let docs = this.collections.get(collection);
    if (!docs) this.collections.set(collection, (docs = new Map()));
    return docs;
  }

  /** The held object itself; text is parsed once and kept parsed (the next fold step reads it again). */
  private shared<T extends Document>(collection: string, id: string): T | undefined {
    const docs = this.collections.get(collection);
    const held = docs?.get(id);
    if (held === undefined || (typeof held !== 'string' && !(held instanceof PatchedText))) return held as T | undefined;
    const parsed = parseText(held);
    docs?.set(id, parsed);
    for (const listener of this.parsedListeners) listener(collection, id, held, parsed);
    return parsed as T;
  }

  private put(collection: string, id: string, doc: Document): void {
    this.docs(collection).set(id, doc);
    for (const tracker of this.trackers) tracker.note(collection, id);
  }

  private remove(collection: string, id: string): void {
    this.collections.get(collection)?.delete(id);
    for (const tracker of this.trackers) tracker.note(collection, id);
  }
}

/** A copy for a reader: text parsed afresh, an object cloned. */
function copyOf(held: HeldDocument): Document {
  return typeof held === 'string' || held instanceof PatchedText ? parseText(held) : structuredClone(held);
}

/** The document a held value stands for: the object itself, or the text parsed. */
export function heldDocument(held: HeldDocument): Document {
  return typeof held === 'string' || held instanceof PatchedText ? parseText(held) : held;
}

/** The read models a snapshot holds, in memory, each projection checkpointed where the snapshot was taken. */
export function readModelsFromSnapshot(snapshot: ReadModelSnapshot, projections: readonly Pick<Projection, 'name'>[]): InMemoryReadModelStore {
  return InMemoryReadModelStore.load(snapshot.documents, new Map(projections.map((p) => [p.name, snapshot.position])));
}
