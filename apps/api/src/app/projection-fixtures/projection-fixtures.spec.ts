import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  Document,
  InMemoryEventStore,
  InMemoryReadModelStore,
  Projection,
  ProjectionRunner,
  RecordedEvent,
  UpcastingEventStore,
  recordedStore,
} from '@ledger/event-store-core';
import { ProjectionRegistry } from '@ledger/shared-api';
import { commandMetadata } from '@ledger/event-store-core/testing';
import { startTestLedger } from '../../testing/test-ledger';

// Snapshots of the read models are keyed by each projection's name and version, not by its code
// (ADR 0013): a projection whose output changes without a new version would keep serving snapshots
// of its old output. This folds a fixed log through every projection the product registers and
// holds each one's output to the committed fixture, unless its version moved.
//
//   UPDATE_FIXTURES=1       rewrites projection-outputs.json for the projections whose version was
//                           bumped (or that are new); never for one whose output changed at the
//                           same version.
//   UPDATE_DEMO_EVENTS=1    records the demo data set's log again into demo-events.json (then the
//                           outputs are re-baselined with UPDATE_FIXTURES=1, no version bumps needed).
// Events the demo does not produce (erasure, corrections, ...) are written by hand in extra-events.json.

const EVENTS_FILES = ['demo-events.json', 'extra-events.json'].map((name) => join(__dirname, name));
const OUTPUTS_FILE = join(__dirname, 'projection-outputs.json');

interface FixtureEvent {
  streamId: string;
  type: string;
  schemaVersion: number;
  recordedAt: string;
  data: unknown;
}

interface ProjectionOutput {
  version: number;
  collections: Record<string, Document[]>;
}

interface OutputsFixture {
  /** The events the outputs were folded from: outputs of other events are re-baselined freely. */
  eventsHash: string;
  projections: Record<string, ProjectionOutput>;
}

const readJson = <T>(file: string, otherwise: T): T => (existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : otherwise);
const writeJson = (file: string, value: unknown) => writeFileSync(file, `${JSON.stringify(value, null, 1)}\n`);

/** The fixture log, in order, read through the upcasters the product registered (as the product reads its own log). */
async function fixtureLog(events: readonly FixtureEvent[], upcasting: UpcastingEventStore): Promise<InMemoryEventStore> {
  const store = new InMemoryEventStore();
  const revisions = new Map<string, number>();
  for (const event of events) {
    const recorded = { type: event.type, data: event.data, metadata: { schemaVersion: event.schemaVersion } } as unknown as RecordedEvent;
    const { type, data, metadata } = upcasting.upcast(recorded);
    const revision = revisions.get(event.streamId) ?? 0;
    await store.append(event.streamId, [{ type, data, schemaVersion: metadata.schemaVersion }], {
      expectedRevision: revision,
      command: commandMetadata({ now: new Date(event.recordedAt) }),
    });
    revisions.set(event.streamId, revision + 1);
  }
  return store;
}

async function outputsOf(projections: readonly Projection[], store: InMemoryEventStore): Promise<Record<string, ProjectionOutput>> {
  const readModels = new InMemoryReadModelStore();
  await new ProjectionRunner(store, readModels, projections, { batchSize: 5000 }).catchUp();
  const outputs: Record<string, ProjectionOutput> = {};
  for (const projection of [...projections].sort((a, b) => a.name.localeCompare(b.name))) {
    const collections: Record<string, Document[]> = {};
    for (const collection of [...projection.collections].sort()) {
      collections[collection] = (await readModels.list(collection)).sort((a, b) => String(a['id']).localeCompare(String(b['id'])));
    }
    outputs[projection.name] = { version: projection.version, collections };
  }
  return outputs;
}

describe('every projection against its committed output', () => {
  let projections: Projection[];
  let upcasting: UpcastingEventStore;

  beforeAll(async () => {
    const ledger = await startTestLedger('sqlite', { DEMO_DATA: process.env['UPDATE_DEMO_EVENTS'] === '1' });
    try {
      projections = ledger.app.get(ProjectionRegistry).all();
      upcasting = ledger.app.get(UpcastingEventStore);
      if (process.env['UPDATE_DEMO_EVENTS'] === '1') {
        // The whole log of a fresh ledger with the demo data: its administrator, then the demo. Password
        // hashes are left out: nothing folds them, and a fixture has no business holding them.
        const log = await recordedStore(upcasting).readAll();
        writeJson(
          EVENTS_FILES[0],
          log.map((event): FixtureEvent => {
            const data = event.data as Record<string, unknown>;
            return {
              streamId: event.streamId,
              type: event.type,
              schemaVersion: event.metadata.schemaVersion,
              recordedAt: event.metadata.recordedAt,
              data: 'passwordHash' in data ? { ...data, passwordHash: 'fixture-password-hash' } : data,
            };
          }),
        );
      }
    } finally {
      await ledger.close();
    }
  }, 120_000);

  it('folds the fixture log to the committed output, or the projection has a new version', async () => {
    const eventsText = EVENTS_FILES.map((file) => readFileSync(file, 'utf8')).join('\n');
    const events = EVENTS_FILES.flatMap((file) => JSON.parse(readFileSync(file, 'utf8')) as FixtureEvent[]);
    const eventsHash = createHash('sha256').update(eventsText).digest('hex');
    const committed = readJson<OutputsFixture>(OUTPUTS_FILE, { eventsHash: '', projections: {} });
    const current = await outputsOf(projections, await fixtureLog(events, upcasting));
    const sameEvents = committed.eventsHash === eventsHash;

    const problems: string[] = [];
    const next: OutputsFixture = { eventsHash, projections: {} };
    for (const [name, output] of Object.entries(current)) {
      const before = committed.projections[name];
      const unchanged = before && JSON.stringify(before.collections) === JSON.stringify(output.collections);
      if (before && output.version < before.version) {
        problems.push(`projection ${name} went back from version ${before.version} to ${output.version}: versions only go up`);
        next.projections[name] = before;
      } else if (before && sameEvents && !unchanged && output.version === before.version) {
        problems.push(`projection ${name} changed its output: bump its version and update the fixture with UPDATE_FIXTURES=1`);
        next.projections[name] = before;
      } else if (!before || !unchanged || output.version !== before.version) {
        if (process.env['UPDATE_FIXTURES'] !== '1') problems.push(`projection ${name} ${before ? `is at version ${output.version}` : 'is new'}: update the fixture with UPDATE_FIXTURES=1`);
        next.projections[name] = output;
      } else {
        next.projections[name] = output;
      }
    }
    for (const name of Object.keys(committed.projections)) if (!current[name]) problems.push(`projection ${name} is gone: update the fixture with UPDATE_FIXTURES=1`);
    if (process.env['UPDATE_FIXTURES'] === '1') writeJson(OUTPUTS_FILE, next);
    expect(problems).toEqual([]);
  });

  it('has events of every type a projection handles, so every projection is held to something', () => {
    const types = new Set(EVENTS_FILES.flatMap((file) => (JSON.parse(readFileSync(file, 'utf8')) as FixtureEvent[]).map((event) => event.type)));
    const missing = projections.flatMap((projection) => projection.handles.filter((type) => !types.has(type)).map((type) => `${projection.name}: ${type}`));
    expect(missing).toEqual([]);
  });
});
