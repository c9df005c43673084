import { DomainEvent } from '@ledger/domain-kernel';
import { RecordedEvent } from '../envelope';
import { Projection, ProjectionTx } from './projection';
import { Document } from './read-model';

/** How a projection folds one type of event: the event comes narrowed to that type. */
export type ProjectionHandler<E extends DomainEvent> = (event: RecordedEvent<E>, tx: ProjectionTx) => void | Promise<void>;

/**
 * One handler per event type of the union: a projection of `PostEvent` that forgets an event type
 * fails to compile. Narrow the union (Extract) for a projection that folds only some of its types.
 */
export type ProjectionHandlers<E extends DomainEvent> = { readonly [Type in E['type']]: ProjectionHandler<Extract<E, { type: Type }>> };

export interface ProjectionDefinition<E extends DomainEvent> {
  readonly name: string;
  /** See Projection.version: bump it whenever the documents produced change. */
  readonly version: number;
  readonly collections: readonly string[];
  readonly on: ProjectionHandlers<E>;
}

/**
 * A projection from a handler per event type. The events it handles are the handlers' types, so the
 * two cannot disagree (a handled type without a handler, or a handler the runner never calls).
 */
export function defineProjection<E extends DomainEvent>({ name, version, collections, on }: ProjectionDefinition<E>): Projection {
  const handlers = on as unknown as Readonly<Record<string, ProjectionHandler<DomainEvent>>>;
  return {
    name,
    version,
    collections,
    handles: Object.keys(handlers),
    async apply(event, tx) {
      await handlers[event.type]?.(event, tx);
    },
  };
}

/** Changes a document the projection wrote earlier; an event about a document it does not hold changes nothing. */
export async function updateDocument<T extends Document>(tx: ProjectionTx, collection: string, id: string, change: (doc: T) => T): Promise<void> {
  const doc = await tx.get<T>(collection, id);
  if (doc) tx.put(collection, id, change(doc));
}

/** Changes a document, starting from `initial` when the projection holds none under that id yet. */
export async function upsertDocument<T extends Document>(tx: ProjectionTx, collection: string, id: string, initial: T, change: (doc: T) => T): Promise<void> {
  tx.put(collection, id, change((await tx.get<T>(collection, id)) ?? initial));
}
