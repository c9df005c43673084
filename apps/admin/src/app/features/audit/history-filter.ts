import { localInputToIso } from '../../shared/as-of/local-instant';
import { formatInstant } from '../../shared/format/format';
import type { HistoryFilter } from './audit.types';

/** The contexts an auditor filters by: each is a stream prefix (see the domains' stream ids). */
export const CONTEXTS: readonly { prefix: string; label: string }[] = [
  { prefix: 'user-', label: 'Users' },
  { prefix: 'staff-', label: 'Staff' },
  { prefix: 'post-', label: 'Posts' },
  { prefix: 'competency-', label: 'Competencies' },
  { prefix: 'course-', label: 'Courses' },
  { prefix: 'procurement-', label: 'Procurements' },
  { prefix: 'gateway-policy-', label: 'Gateway policy' },
  { prefix: 'lesson-', label: 'Lessons' },
  { prefix: 'risk-', label: 'Risks' },
];

/** The context choice that reads one stream, named by its id. */
export const ONE_STREAM = 'stream';

export const PAGE_SIZES = [10, 25, 50, 100] as const;

/** The history filter form as typed: a context (prefix, ONE_STREAM or '' for all) and free text. */
export interface HistoryFormValue {
  context: string;
  streamId: string;
  /** Event types picked from the list the API gives. */
  types: string[];
  actorId: string;
  /** datetime-local values, in the reader's wall-clock time. */
  since: string;
  until: string;
  limit: number;
  newestFirst: boolean;
}

/** The decisionHistory variables for what was typed; filters left empty are left out. */
export function historyFilter(value: HistoryFormValue): HistoryFilter {
  const filter: HistoryFilter = {};
  if (value.context === ONE_STREAM) {
    filter.streamId = value.streamId.trim();
  } else if (value.context) {
    filter.streamPrefix = value.context;
  }
  if (value.types.length) {
    filter.types = [...value.types];
  }
  if (value.actorId.trim()) {
    filter.actorId = value.actorId.trim();
  }
  const since = localInputToIso(value.since);
  if (since) {
    filter.since = since;
  }
  const until = localInputToIso(value.until);
  if (until) {
    filter.until = until;
  }
  filter.limit = Number(value.limit);
  if (value.newestFirst) {
    filter.newestFirst = true;
  }
  return filter;
}

/** What the table shows, for its caption: "Decision history: Procurements; types …; since …". */
export function describeFilter(filter: HistoryFilter, nameOf: (actorId: string) => string | null = (id) => id): string {
  const parts = [
    filter.streamPrefix ? (CONTEXTS.find((c) => c.prefix === filter.streamPrefix)?.label ?? filter.streamPrefix) : null,
    filter.streamId ? `stream ${filter.streamId}` : null,
    filter.types ? `${filter.types.length === 1 ? 'type' : 'types'} ${filter.types.join(', ')}` : null,
    filter.actorId ? `actor ${nameOf(String(filter.actorId)) ?? filter.actorId}` : null,
    filter.since ? `since ${formatInstant(filter.since)}` : null,
    filter.until ? `until ${formatInstant(filter.until)}` : null,
    filter.newestFirst ? 'newest first' : null,
  ].filter((part): part is string => part !== null);
  return parts.length ? `Decision history: ${parts.join('; ')}` : 'Decision history: every context';
}
