import { RecordedEvent } from '../envelope';
import { InMemoryEventStore } from '../in-memory-event-store';
import { commandMetadata } from '../testing/event-store-contract';
import { tallyProjection } from '../testing/read-model-contract';
import { InMemoryReadModelStore } from './in-memory-read-model-store';
import { Projection, ProjectionTx } from './projection';
import { ProjectionRunner } from './projection-runner';
import { ReadModelChanges } from './read-model';

const counted = (by: number) => ({ type: 'Counted', data: { by } });

/** Handles only `Noted`: every `Counted` event is one it ignores. */
const notesProjection: Projection = {
  name: 'test.notes',
  version: 1,
  collections: ['test.notes'],
  handles: ['Noted'],
  async apply(event: RecordedEvent, tx: ProjectionTx) {
    const doc = (await tx.get<{ id: string; notes: number }>('test.notes', event.streamId)) ?? { id: event.streamId, notes: 0 };
    tx.put('test.notes', event.streamId, { ...doc, notes: doc.notes + 1 });
  },
};

/** Read models that count the commits (each one a durable transaction on a real store). */
class CountingReadModels extends InMemoryReadModelStore {
  readonly commits: string[] = [];
  override async commit(projection: string, from: bigint, to: bigint, changes: ReadModelChanges): Promise<void> {
    await super.commit(projection, from, to, changes);
    this.commits.push(projection);
  }
}

describe('ProjectionRunner checkpoints of projections that ignore a batch', () => {
  it('commits only the projections that fold something, and still reads its own writes', async () => {
    const store = new InMemoryEventStore();
    const readModels = new CountingReadModels();
    const runner = new ProjectionRunner(store, readModels, [tallyProjection, notesProjection]);
    let position = 0n;
    for (let revision = 0; revision < 5; revision++) {
      position = (await store.append('tally-a', [counted(1)], { expectedRevision: revision, command: commandMetadata() })).position;
      await runner.waitFor(position);
    }
    expect(readModels.commits).toEqual(Array(5).fill(tallyProjection.name));
    expect(await runner.checkpoints()).toEqual({ [tallyProjection.name]: position, [notesProjection.name]: position });

    const noted = await store.append('notes-a', [{ type: 'Noted', data: {} }], { expectedRevision: 0, command: commandMetadata() });
    await runner.waitFor(noted.position);
    // The passed events and the note move the checkpoint in the one commit that holds the document.
    expect(readModels.commits.at(-1)).toBe(notesProjection.name);
    expect(await readModels.checkpoint(notesProjection.name)).toBe(noted.position);
    expect(await readModels.get('test.notes', 'notes-a')).toEqual({ id: 'notes-a', notes: 1 });
  });

  it('after a restart, reads the passed events again and folds the same documents', async () => {
    const store = new InMemoryEventStore();
    const readModels = new InMemoryReadModelStore();
    await store.append('notes-b', [{ type: 'Noted', data: {} }], { expectedRevision: 0, command: commandMetadata() });
    const before = new ProjectionRunner(store, readModels, [tallyProjection, notesProjection]);
    await before.catchUp();
    let head = 0n;
    for (let revision = 0; revision < 3; revision++) {
      head = (await store.append('tally-b', [counted(2)], { expectedRevision: revision, command: commandMetadata() })).position;
      await before.waitFor(head);
    }
    // A crash: what the first runner only remembered is lost.
    const after = new ProjectionRunner(store, readModels, [tallyProjection, notesProjection]);
    expect(await after.catchUp()).toBe(head);
    const noted = await store.append('notes-b', [{ type: 'Noted', data: {} }], { expectedRevision: 1, command: commandMetadata() });
    await after.waitFor(noted.position);
    expect(await readModels.get('test.notes', 'notes-b')).toEqual({ id: 'notes-b', notes: 2 });
    expect(await readModels.get('contract.tallies', 'tally-b')).toEqual({ id: 'tally-b', total: 6, events: 3 });
  });

  it('commits the checkpoint of a projection that has passed many events, so a restart re-reads few', async () => {
    const store = new InMemoryEventStore();
    const readModels = new InMemoryReadModelStore();
    const runner = new ProjectionRunner(store, readModels, [tallyProjection, notesProjection], { batchSize: 100 });
    for (let revision = 0; revision < 1500; revision++) await store.append('tally-c', [counted(1)], { expectedRevision: revision, command: commandMetadata() });
    const head = await runner.catchUp();
    expect(head).toBe(await store.headPosition());
    expect(head - (await readModels.checkpoint(notesProjection.name))).toBeLessThan(1000n);
  });

  it('folds again what it had passed when another process rebuilt the projection', async () => {
    const store = new InMemoryEventStore();
    const readModels = new InMemoryReadModelStore();
    await store.append('notes-d', [{ type: 'Noted', data: {} }], { expectedRevision: 0, command: commandMetadata() });
    const runner = new ProjectionRunner(store, readModels, [tallyProjection, notesProjection]);
    await runner.catchUp();
    const head = (await store.append('tally-d', [counted(1)], { expectedRevision: 0, command: commandMetadata() })).position;
    await runner.waitFor(head);
    // `ledger replay` elsewhere drops the notes and their checkpoint.
    await readModels.reset(notesProjection.name, notesProjection.collections);
    const next = (await store.append('tally-d', [counted(1)], { expectedRevision: 1, command: commandMetadata() })).position;
    await runner.waitFor(next);
    expect(await readModels.get('test.notes', 'notes-d')).toEqual({ id: 'notes-d', notes: 1 });
  });
});

/** Read models that count how often a checkpoint is read: the work each catch-up does before it folds anything. */
class CheckpointReadCounting extends InMemoryReadModelStore {
  checkpointReads = 0;
  override async checkpoint(projection: string): Promise<bigint> {
    this.checkpointReads += 1;
    return super.checkpoint(projection);
  }
}

/** Waits (up to 2 s) until `done` holds: what the follower does, it does without anyone waiting for it. */
async function eventually(done: () => Promise<boolean>): Promise<void> {
  for (let tries = 0; tries < 400 && !(await done()); tries++) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe('ProjectionRunner following the log', () => {
  it('folds a burst of appended events in a few catch-ups, not one per event', async () => {
    const store = new InMemoryEventStore();
    const readModels = new CheckpointReadCounting();
    const runner = new ProjectionRunner(store, readModels, [tallyProjection, notesProjection]);
    runner.start(5);
    try {
      // One import's worth: 2,000 events in one append, as appendRecorded writes them.
      const burst = Array.from({ length: 2000 }, () => counted(1));
      const { position } = await store.append('tally-burst', burst, { expectedRevision: 0, command: commandMetadata() });
      // Watched through the documents, not the checkpoints, so that only the follower reads those.
      await eventually(async () => (await readModels.get<{ total: number }>('contract.tallies', 'tally-burst'))?.total === 2000);
      await runner.stop();
      expect(await readModels.checkpoint(tallyProjection.name)).toBe(position);
      // Each catch-up reads both checkpoints once; one per event read 4,000 times or more.
      expect(readModels.checkpointReads).toBeLessThan(50);
    } finally {
      await runner.stop();
    }
  });

  it('folds an append made after it has gone quiet, without anyone asking', async () => {
    const store = new InMemoryEventStore();
    const readModels = new InMemoryReadModelStore();
    const runner = new ProjectionRunner(store, readModels, [tallyProjection, notesProjection]);
    // A poll far longer than the test: only the append's own news can wake the follower.
    runner.start(60_000);
    try {
      await new Promise((resolve) => setTimeout(resolve, 20));
      await store.append('notes-late', [{ type: 'Noted', data: {} }], { expectedRevision: 0, command: commandMetadata() });
      await eventually(async () => (await readModels.get('test.notes', 'notes-late')) !== undefined);
      expect(await readModels.get('test.notes', 'notes-late')).toEqual({ id: 'notes-late', notes: 1 });
    } finally {
      await runner.stop();
    }
  });
});
