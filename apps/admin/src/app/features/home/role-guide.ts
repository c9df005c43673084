import { AREAS, Area } from '../../areas';
import type { Role } from '../../core/auth/user';

export interface Duty {
  readonly text: string;
  /** The page where this will be done; none when no page is planned in the navigation yet. */
  readonly area?: Area;
}

/** What each role is for (see the domain design); the home page shows the user's own. */
export const ROLE_GUIDE: Readonly<Record<Role, readonly Duty[]>> = {
  ADMIN: [
    { text: 'Create users, give them their roles, reset a forgotten password or disable an account.', area: AREAS.users },
    { text: 'Verify the record and read the decision history, as an auditor does.', area: AREAS.audit },
  ],
  HR_LEAD: [
    { text: 'Keep the establishment: posts, FTE and vacancies.', area: AREAS.establishment },
    { text: 'Keep the skills matrix: competencies, required levels and assessments.', area: AREAS.skillsMatrix },
    { text: 'Keep the training register: courses, plans, bookings and outcomes.', area: AREAS.trainingRegister },
  ],
  PROCUREMENT_LEAD: [
    { text: 'Run procurements through the gateway process.', area: AREAS.gatewayDecisions },
    { text: 'Keep lessons learned and the actions that follow from them.', area: AREAS.lessonsLearned },
    { text: 'Keep the strategic risk register and review its risks.', area: AREAS.strategicRisks },
    { text: 'Own the annual review and the strategy update pack.', area: AREAS.annualReview },
  ],
  COMMITTEE_MEMBER: [{ text: 'Record gateway decisions and declare any conflict of interest.', area: AREAS.gatewayDecisions }],
  AUDITOR: [
    {
      text: 'Replay the decision history, see any register as it stood on a date and verify nothing was altered. Read-only.',
      area: AREAS.audit,
    },
  ],
  STAFF: [
    { text: 'See your own training plan and record.', area: AREAS.trainingRegister },
    { text: 'Record lessons learned.', area: AREAS.lessonsLearned },
  ],
  CONTRACT_MANAGER: [
    { text: 'Report KPIs and social value delivery, quarter by quarter, for the contracts you manage.', area: AREAS.contracts },
  ],
};
