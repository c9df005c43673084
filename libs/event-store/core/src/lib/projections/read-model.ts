// The bottom of the read side: what a read model is made of, and how one is read and changed.
// Every other file in this folder builds on this one; it imports nothing.

/** A document: plain JSON, kept in a named collection under an id. */
export type Document = Record<string, unknown>;

export interface ReadModelReader {
  get<T extends Document>(collection: string, id: string): Promise<T | undefined>;
  list<T extends Document>(collection: string): Promise<T[]>;
}

export interface ReadModelChanges {
  puts: { collection: string; id: string; doc: Document }[];
  deletes: { collection: string; id: string }[];
}
