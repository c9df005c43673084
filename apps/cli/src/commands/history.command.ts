import { Command, Option } from 'commander';
import type { EventStore, PersonalDataVault, RecordedEvent } from '@ledger/event-store-core';
import { withStores } from '../context';

/** The libraries this command runs on, loaded when it runs rather than at start-up. */
const libraries = async () => {
  const [{ InvalidInputError, PersonalDataVault, readHistory }, { hideErasedAccountsInClear, openPersonalData, redactCredentials }, { ERASED_PERSON, NON_USER_ACTORS }] =
    await Promise.all([import('@ledger/event-store-core'), import('@ledger/audit-api'), import('@ledger/shared-api')]);
  return { InvalidInputError, PersonalDataVault, readHistory, hideErasedAccountsInClear, openPersonalData, redactCredentials, ERASED_PERSON, NON_USER_ACTORS };
};
type Libraries = Awaited<ReturnType<typeof libraries>>;

const instant = ({ InvalidInputError }: Libraries, value: string | undefined, name: string) => {
  if (!value) return undefined;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new InvalidInputError(`--${name} "${value}" is not an ISO date-time`);
  return date;
};

/**
 * Who acted, by name: each user's own stream says the name they registered with, and whether they
 * were erased since ("Erased person"); an actor that is no user keeps its id.
 */
async function actorNames({ ERASED_PERSON, NON_USER_ACTORS, openPersonalData }: Libraries, store: EventStore, vault: PersonalDataVault, events: readonly RecordedEvent[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const actorId of new Set(events.map((e) => e.metadata.actorId).filter((id): id is string => !!id))) {
    if (Object.hasOwn(NON_USER_ACTORS, actorId)) {
      names.set(actorId, NON_USER_ACTORS[actorId]);
      continue;
    }
    const stream = await store.readStream(`user-${actorId}`);
    if (stream.some((e) => e.type === 'UserPersonalDataErased')) {
      names.set(actorId, ERASED_PERSON);
      continue;
    }
    const registered = stream.find((e) => e.type === 'UserRegistered');
    if (!registered) continue;
    const [opened] = await openPersonalData(vault, [registered.data]);
    const name = (opened as { displayName?: unknown } | null)?.displayName;
    names.set(actorId, typeof name === 'string' && name ? name : ERASED_PERSON);
  }
  return names;
}

export const historyCommand = new Command('history')
  .description('The decision history: who did what, when, under which command; filters combine')
  .addOption(new Option('--stream <id>', 'one stream, e.g. procurement-<id>'))
  .addOption(new Option('--prefix <prefix>', 'a whole context or kind of stream, e.g. "procurement-" or "staff-"'))
  .addOption(new Option('--type <type...>', 'event types'))
  .addOption(new Option('--actor <id>', 'the user (or cli:<name>, demo-data, system) who acted'))
  .addOption(new Option('--mentions <id>', 'events about this procurement or person, in any context'))
  .addOption(new Option('--since <instant>', 'recorded at or after'))
  .addOption(new Option('--until <instant>', 'recorded at or before'))
  .addOption(new Option('--from <position>', 'continue from this position (the "next" printed last time)'))
  .addOption(new Option('--limit <n>', 'events per page, 1 to 1000').default('100'))
  .option('--newest-first', 'newest first: "next" then walks back towards the start of the log')
  .option('--json', 'one JSON event per line, personal data opened (absent for erased people)')
  .action(
    async (o: {
      stream?: string;
      prefix?: string;
      type?: string[];
      actor?: string;
      mentions?: string;
      since?: string;
      until?: string;
      from?: string;
      limit: string;
      json?: boolean;
      newestFirst?: boolean;
    }) => {
      const lib = await libraries();
      const { InvalidInputError, PersonalDataVault, readHistory, hideErasedAccountsInClear, openPersonalData, redactCredentials } = lib;
      const limit = Number(o.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw new InvalidInputError('--limit must be from 1 to 1000');
      if (o.from && !/^\d+$/.test(o.from)) throw new InvalidInputError('--from must be a position (digits)');
      await withStores(async ({ stores }) => {
        const page = await readHistory(
          stores.eventStore,
          {
            streamId: o.stream,
            streamPrefix: o.prefix,
            types: o.type,
            actorId: o.actor,
            mentions: o.mentions,
            since: instant(lib, o.since, 'since'),
            until: instant(lib, o.until, 'until'),
          },
          { from: o.from ? BigInt(o.from) : undefined, limit, newestFirst: o.newestFirst ?? false },
        );
        const vault = new PersonalDataVault(stores.personalDataKeys);
        const data = await hideErasedAccountsInClear(
          vault,
          page.events,
          await openPersonalData(
            vault,
            page.events.map((e) => e.data),
          ),
        );
        const names = await actorNames(lib, stores.eventStore, vault, page.events);
        const actor = (id: string | null) => (id ? (names.get(id) ?? id) : 'nobody');
        page.events.forEach((event, i) => {
          const m = event.metadata;
          if (o.json) {
            console.log(
              JSON.stringify({
                position: event.position.toString(),
                streamId: event.streamId,
                revision: event.revision,
                type: event.type,
                data: redactCredentials(data[i]),
                actorName: m.actorId ? (names.get(m.actorId) ?? null) : null,
                metadata: m,
              }),
            );
          } else {
            console.log(
              [
                event.position,
                m.recordedAt,
                `${event.streamId}@${event.revision}`,
                event.type,
                `by ${actor(m.actorId)} (${m.actorRoles.join(',')})`,
                `command ${m.commandId}`,
              ].join('\t'),
            );
          }
        });
        if (!o.json)
          console.error(
            page.nextFrom === null ? `${page.events.length} events; end of the log` : `${page.events.length} events; next page: --from ${page.nextFrom}`,
          );
      });
    },
  );
