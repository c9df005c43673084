import { PERMISSIONS, type Role } from '@ledger/shared-domain';

/**
 * The functional areas of the ledger. Routes, the side navigation and the home page all read
 * this list, so an area is named and placed once; app.routes.ts gives each its page.
 */
export interface Area {
  readonly path: string;
  readonly title: string;
  readonly summary: string;
  /** The roles that see it in the navigation, when not everyone; the API decides again. */
  readonly audience?: readonly Role[];
}

export const AREAS = {
  establishment: {
    path: 'workforce/establishment',
    title: 'Establishment',
    summary: 'Posts, FTE and vacancies: proposed, approved, filled, vacated and withdrawn.',
  },
  skillsMatrix: {
    path: 'workforce/skills-matrix',
    title: 'Skills matrix',
    summary: 'Competencies, the level each job title needs, assessed levels and the gaps between them.',
  },
  trainingRegister: {
    path: 'workforce/training-register',
    title: 'Training register',
    summary: 'Courses, training plans, bookings, attendance, outcomes and qualification expiry.',
  },
  gatewayDecisions: {
    path: 'gateway',
    title: 'Gateway decisions',
    summary: 'Procurements, the gateways they must pass and the committee’s recorded decisions.',
  },
  lessonsLearned: {
    path: 'lessons',
    title: 'Lessons learned',
    summary: 'The lessons log and the actions assigned from each lesson.',
  },
  strategicRisks: {
    path: 'risks',
    title: 'Strategic risks',
    summary: 'The strategic risk register, its scores and the history of its reviews.',
  },
  annualReview: {
    path: 'annual-review',
    title: 'Annual review',
    summary: 'The maturity assessment, the action plan and the strategy update pack for the board.',
  },
  audit: {
    path: 'audit',
    title: 'Audit',
    summary: 'The decision history, registers as of any date and verification of the hash chain.',
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
  },
} as const satisfies Record<string, Area>;

export type NavEntry =
  | { readonly kind: 'link'; readonly label: string; readonly path: string; readonly audience?: readonly Role[] }
  | { readonly kind: 'group'; readonly label: string; readonly links: readonly Area[] };

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
];
