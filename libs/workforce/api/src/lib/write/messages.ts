import { CommandMetadata } from '@ledger/event-store-core';
import { CourseCompetency, PostCommand } from '@ledger/workforce-domain';

/** Commands on the CQRS bus, one message type per aggregate: the handler enriches, then decides. */
export class PostCommandMessage {
  constructor(
    readonly postId: string,
    readonly command: PostCommand,
    readonly metadata: CommandMetadata,
    readonly expectedRevision?: number,
  ) {}
}

export type StaffMemberIntent =
  | { type: 'Register'; displayName: string; email: string; jobTitle: string; department: string }
  | { type: 'ErasePersonalData'; reason: string }
  | { type: 'AssessProficiency'; competencyId: string; level: number; evidence: string }
  | { type: 'PlanTraining'; courseId: string; plannedFor: string; reason: string }
  | { type: 'RecordTrainingOutcome'; courseId: string; status: string; date: string; evidence?: string | null };

export class StaffMemberCommandMessage {
  constructor(
    readonly staffMemberId: string,
    readonly intent: StaffMemberIntent,
    readonly metadata: CommandMetadata,
  ) {}
}

export type CompetencyIntent =
  | { type: 'DefineCompetency'; name: string; category: string; levelDescriptors: string[] }
  | { type: 'SetRequirement'; jobTitle: string; requiredLevel: number };

export class CompetencyCommandMessage {
  constructor(
    readonly competencyId: string,
    readonly intent: CompetencyIntent,
    readonly metadata: CommandMetadata,
  ) {}
}

export class AddCourseMessage {
  constructor(
    readonly courseId: string,
    readonly course: { title: string; provider: string; competencies: CourseCompetency[]; validityMonths: number | null },
    readonly metadata: CommandMetadata,
  ) {}
}
