import { randomUUID } from 'node:crypto';
import { describeEventStoreContract } from '@ledger/event-store-core/testing';
import { EventStoreDbEventStore } from './eventstoredb-event-store';

// No EventStoreDB server package is reachable from these machines: the suite runs wherever
// EVENTSTOREDB_URL points at one (e.g. `docker compose up eventstoredb`), and says it skipped otherwise.
const url = process.env['EVENTSTOREDB_URL'];

describeEventStoreContract(
  'EventStoreDB',
  async () => {
    // Each test gets its own namespace on the shared server, so it sees an empty ledger.
    const namespace = `contract-${randomUUID()}-`;
    const store = EventStoreDbEventStore.connect(url as string, namespace);
    const others: EventStoreDbEventStore[] = [];
    return {
      store,
      openAnother: async () => {
        const other = EventStoreDbEventStore.connect(url as string, namespace);
        others.push(other);
        return other;
      },
      dispose: async () => {
        await Promise.all(others.map((o) => o.close()));
        await store.close();
      },
    };
  },
  { skipReason: url ? undefined : 'EVENTSTOREDB_URL is not set; no EventStoreDB server can run on this machine' },
);
