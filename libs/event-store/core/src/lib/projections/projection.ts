import { RecordedEvent } from '../envelope';
import { Document, ReadModelReader } from './read-model';

/** What a projection may do while it applies one event: read its documents and change them. */
export interface ProjectionTx extends ReadModelReader {
  put(collection: string, id: string, doc: Document): void;
  delete(collection: string, id: string): void;
}

/**
 * A read model: a fold of the events it handles into documents of its own collections.
 * `apply` must be deterministic: a rebuild from scratch gives the same documents.
 */
export interface Projection {
  readonly name: string;
  /**
   * Bump it whenever the documents the projection produces from the same events change, including
   * through a helper `apply` calls: as-of snapshots are keyed by name and version (see
   * projectionsFingerprint), so a stale version keeps serving snapshots of the old output. The
   * projection fixture test fails when the output changes and the version does not.
   */
  readonly version: number;
  readonly collections: readonly string[];
  readonly handles: readonly string[];
  apply(event: RecordedEvent, tx: ProjectionTx): Promise<void>;
}
