import { CommandMetadata } from '@ledger/event-store-core';
import { CompetencyRequest, CourseCommand, PostRequest, StaffMemberRequest } from '@ledger/workforce-domain';

// Commands on the CQRS bus, one message type per aggregate, each carrying the domain command as
// asked for: the handler adds what it resolved (people, sealed details, course terms), then decides.

export class PostCommandMessage {
  constructor(
    readonly postId: string,
    readonly command: PostRequest,
    readonly metadata: CommandMetadata,
    readonly expectedRevision?: number,
  ) {}
}

export class StaffMemberCommandMessage {
  constructor(
    readonly staffMemberId: string,
    readonly command: StaffMemberRequest,
    readonly metadata: CommandMetadata,
    readonly expectedRevision?: number,
  ) {}
}

export class CompetencyCommandMessage {
  constructor(
    readonly competencyId: string,
    readonly command: CompetencyRequest,
    readonly metadata: CommandMetadata,
    readonly expectedRevision?: number,
  ) {}
}

export class CourseCommandMessage {
  constructor(
    readonly courseId: string,
    readonly command: CourseCommand,
    readonly metadata: CommandMetadata,
    readonly expectedRevision?: number,
  ) {}
}
