import { AREAS } from '../../areas';
import type { EventNames } from './describe-event';

/** Where an event's subject is kept in the admin: a router link (the as-at instant follows it, query params being merged). */
export interface SubjectLink {
  commands: string[];
  fragment?: string;
  /** The link's text: the subject as people name it. */
  label: string;
}

const area = (path: string) => ['/', ...path.split('/')];

/**
 * The page of the procurement, person, risk, lesson or contract an event's stream is about, read
 * from the stream id (each domain names its streams "<kind>-<id>"); null for the ledger's own
 * bookkeeping streams.
 */
export function subjectLink(streamId: string, names: EventNames): SubjectLink | null {
  const [, kind, id] =
    /^(procurement|contract|staff|risk|lesson|post|course|competency|user|social-value-measure|maturity-action|maturity|strategy-pack|gateway-policy|variation-policy)-(.+)$/.exec(
      streamId,
    ) ?? [];
  switch (kind) {
    case 'procurement':
      return { commands: area(`${AREAS.gatewayDecisions.path}/${id}`), label: names.procurement(id) ?? 'The procurement' };
    case 'contract':
      return { commands: area(`${AREAS.contracts.path}/${id}`), label: 'The contract' };
    case 'staff':
      return { commands: area(AREAS.skillsMatrix.path), label: names.person(id) ?? 'The person' };
    case 'risk':
      return { commands: area(AREAS.strategicRisks.path), label: 'The risk register' };
    case 'lesson':
      // The lessons log gives each lesson's heading this id.
      return { commands: area(AREAS.lessonsLearned.path), fragment: `lesson-${id}`, label: 'The lesson' };
    case 'post':
      return { commands: area(AREAS.establishment.path), label: 'The establishment' };
    case 'course':
      return { commands: area(AREAS.trainingRegister.path), label: 'The training register' };
    case 'competency':
      return { commands: area(AREAS.skillsMatrix.path), label: 'The skills matrix' };
    case 'gateway-policy':
      return { commands: area(AREAS.gatewayDecisions.path), label: 'The gateway policy' };
    case 'variation-policy':
    case 'social-value-measure':
      return { commands: area(AREAS.contracts.path), label: 'The contracts register' };
    case 'maturity-action':
    case 'maturity':
    case 'strategy-pack':
      return { commands: area(AREAS.annualReview.path), label: 'The annual review' };
    case 'user':
      return { commands: area(AREAS.users.path), label: names.user(id) ?? 'The user' };
    default:
      return null;
  }
}
