import { Command, Option } from 'commander';
import { InvalidInputError, PersonalDataVault, readHistory } from '@ledger/event-store-core';
import { hideErasedAccountsInClear, openPersonalData, redactCredentials } from '@ledger/audit-api';
import { withStores } from '../context';

const instant = (value: string | undefined, name: string) => {
  if (!value) return undefined;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new InvalidInputError(`--${name} "${value}" is not an ISO date-time`);
  return date;
};

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
  .option('--json', 'one JSON event per line, personal data opened (absent for erased people)')
  .action(async (o: { stream?: string; prefix?: string; type?: string[]; actor?: string; mentions?: string; since?: string; until?: string; from?: string; limit: string; json?: boolean }) => {
    const limit = Number(o.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw new InvalidInputError('--limit must be from 1 to 1000');
    if (o.from && !/^\d+$/.test(o.from)) throw new InvalidInputError('--from must be a position (digits)');
    await withStores(async ({ stores }) => {
      const page = await readHistory(
        stores.eventStore,
        { streamId: o.stream, streamPrefix: o.prefix, types: o.type, actorId: o.actor, mentions: o.mentions, since: instant(o.since, 'since'), until: instant(o.until, 'until') },
        { from: o.from ? BigInt(o.from) : undefined, limit },
      );
      const vault = new PersonalDataVault(stores.personalDataKeys);
      const data = await hideErasedAccountsInClear(vault, page.events, await openPersonalData(vault, page.events.map((e) => e.data)));
      page.events.forEach((event, i) => {
        const m = event.metadata;
        if (o.json) {
          console.log(JSON.stringify({ position: event.position.toString(), streamId: event.streamId, revision: event.revision, type: event.type, data: redactCredentials(data[i]), metadata: m }));
        } else {
          console.log([event.position, m.recordedAt, `${event.streamId}@${event.revision}`, event.type, `by ${m.actorId} (${m.actorRoles.join(',')})`, `command ${m.commandId}`].join('\t'));
        }
      });
      if (!o.json) console.error(page.nextFrom === null ? `${page.events.length} events; end of the log` : `${page.events.length} events; next page: --from ${page.nextFrom}`);
    });
  });
