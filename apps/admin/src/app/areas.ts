import { PERMISSIONS, type Role } from '@ledger/shared-domain';

/**
 * The functional areas of the ledger. Routes, the side navigation and the home page all read
 * this list, so an area is named and placed once; app.routes.ts gives each its page.
 */
export interface Area {
  readonly path: string;
  readonly title: string;
  readonly summary: string;
  /**
   * The roles that may read it, from the shared permissions map (the query the page needs): they
   * see it in the navigation and on the home page, everyone else is told they have no access.
   * The API decides again.
   */
  readonly audience: readonly Role[];
  /** The page says itself, in its own words, who it is for (the shell leaves it to the page). */
  readonly explainsItsOwnAccess?: boolean;
}

/** The training register: the workforce readers read it all, STAFF their own record (the API answers only theirs). */
const TRAINING_READERS: readonly Role[] = [...PERMISSIONS.readWorkforce, 'STAFF'];

export const AREAS = {
  establishment: {
    path: 'workforce/establishment',
    title: 'Establishment',
    summary: 'Posts, FTE and vacancies: proposed, approved, filled, vacated and withdrawn.',
    audience: PERMISSIONS.readWorkforce,
  },
  skillsMatrix: {
    path: 'workforce/skills-matrix',
    title: 'Skills matrix',
    summary: 'Competencies, the level each job title needs, assessed levels and the gaps between them.',
    audience: PERMISSIONS.readWorkforce,
  },
  trainingRegister: {
    path: 'workforce/training-register',
    title: 'Training register',
    summary: 'Courses, training plans, bookings, attendance, outcomes and qualification expiry.',
    audience: TRAINING_READERS,
  },
  gatewayDecisions: {
    path: 'gateway',
    title: 'Gateway decisions',
    summary: 'Procurements, the gateways they must pass and the committee’s recorded decisions.',
    audience: PERMISSIONS.readGateway,
  },
  lessonsLearned: {
    path: 'lessons',
    title: 'Lessons learned',
    summary: 'The lessons log and the actions assigned from each lesson.',
    audience: PERMISSIONS.readLessons,
  },
  strategicRisks: {
    path: 'risks',
    title: 'Strategic risks',
    summary: 'The strategic risk register, its scores and the history of its reviews.',
    audience: PERMISSIONS.readRisks,
  },
  annualReview: {
    path: 'annual-review',
    title: 'Annual review',
    summary: 'The maturity assessment, the action plan and the strategy update pack for the board.',
    audience: PERMISSIONS.readStrategy,
  },
  audit: {
    path: 'audit',
    title: 'Audit',
    summary: 'The decision history, registers as of any date and verification of the hash chain.',
    audience: PERMISSIONS.audit,
    explainsItsOwnAccess: true,
  },
  contracts: {
    path: 'contracts',
    title: 'Contracts',
    summary: 'The contracts register: variations, KPIs, savings and social value delivered.',
    audience: PERMISSIONS.readContracts,
  },
  socialValue: {
    path: 'social-value',
    title: 'Social value',
    summary: 'The social value measures contracts commit to, and what a unit of each is worth.',
    audience: PERMISSIONS.readContracts,
  },
  users: {
    path: 'users',
    title: 'Users',
    summary: 'Who can sign in and with which roles: create users, change roles, reset passwords, disable.',
    audience: PERMISSIONS.administerUsers,
    explainsItsOwnAccess: true,
  },
  settings: {
    path: 'settings',
    title: 'Settings',
    summary: 'How the ledger sends mail (with a test message) and how sign-in maps roles.',
    audience: PERMISSIONS.administerSettings,
    explainsItsOwnAccess: true,
  },
} as const satisfies Record<string, Area>;

export type NavEntry =
  | { readonly kind: 'link'; readonly label: string; readonly path: string; readonly audience?: readonly Role[] }
  | { readonly kind: 'group'; readonly label: string; readonly links: readonly Area[] };

/** True when one of `roles` may read the area. */
export function mayOpen(area: Pick<Area, 'audience'>, roles: readonly string[]): boolean {
  return area.audience.some((role) => roles.includes(role));
}

/**
 * The navigation a user with `roles` sees: only the pages they can use, and a group only with
 * the pages in it they can use (none: no group). Home has no audience: everyone has one.
 */
export function navigationFor(roles: readonly string[], navigation: readonly NavEntry[] = NAVIGATION): NavEntry[] {
  return navigation.flatMap((entry): NavEntry[] => {
    switch (entry.kind) {
      case 'link':
        return !entry.audience || mayOpen({ audience: entry.audience }, roles) ? [entry] : [];
      case 'group': {
        const links = entry.links.filter((area) => mayOpen(area, roles));
        return links.length ? [{ ...entry, links }] : [];
      }
      default: {
        const unknown: never = entry;
        throw new Error(`Unknown navigation entry ${JSON.stringify(unknown)}`);
      }
    }
  });
}

/** The area a URL is in (a detail page belongs to its area: /gateway/p-1 to the gateway), if any. */
export function areaOfUrl(url: string): Area | null {
  const path = url.split(/[?#]/)[0].replace(/^\/+|\/+$/g, '');
  const areas: Area[] = Object.values(AREAS);
  const matching = areas.filter((area) => path === area.path || path.startsWith(area.path + '/'));
  return matching.sort((a, b) => b.path.length - a.path.length)[0] ?? null;
}

const link = (area: Area): NavEntry => ({ kind: 'link', label: area.title, path: area.path, audience: area.audience });

export const NAVIGATION: readonly NavEntry[] = [
  { kind: 'link', label: 'Home', path: '' },
  { kind: 'group', label: 'Workforce', links: [AREAS.establishment, AREAS.skillsMatrix, AREAS.trainingRegister] },
  link(AREAS.gatewayDecisions),
  link(AREAS.lessonsLearned),
  link(AREAS.strategicRisks),
  link(AREAS.contracts),
  link(AREAS.socialValue),
  link(AREAS.annualReview),
  link(AREAS.audit),
  link(AREAS.users),
  link(AREAS.settings),
];
