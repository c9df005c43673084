import { describeEventStoreContract, describeReadModelContract } from '../testing';
import { InMemoryEventStore } from './in-memory-event-store';
import { InMemoryReadModelStore } from './projections/in-memory-read-model-store';
import { RecordedEvent } from './envelope';

// The in-memory store backs decider tests and as-of folds: it keeps the same promises.
describeEventStoreContract('in-memory', async () => {
  const store = new InMemoryEventStore();
  const log = () => (store as unknown as { log: RecordedEvent[]; streams: Map<string, RecordedEvent[]> });
  return {
    store,
    openAnother: async () => store,
    tamperWithData: async (position, data) => {
      const event = log().log.find((e) => e.position === position) as RecordedEvent;
      event.data = data;
    },
    overwriteEvent: async (position, data, metadata) => {
      // Streams hold the same objects as the log: one change shows in both, as in a database row.
      const event = log().log.find((e) => e.position === position) as RecordedEvent;
      event.data = data;
      event.metadata = metadata;
    },
    deleteEvent: async (position) => {
      const { log: all, streams } = log();
      const index = all.findIndex((e) => e.position === position);
      const [removed] = all.splice(index, 1);
      const stream = streams.get(removed.streamId) as RecordedEvent[];
      stream.splice(stream.indexOf(removed), 1);
    },
    dispose: async () => undefined,
  };
});

describeReadModelContract('in-memory', async () => ({
  store: new InMemoryEventStore(),
  readModels: new InMemoryReadModelStore(),
  dispose: async () => undefined,
}));
