import { CommandMetadata } from '@ledger/event-store-core';
import { LessonRequest } from '@ledger/lessons-domain';

/** A command on one lesson (a lesson and its actions are one stream). */
export class LessonCommandMessage {
  constructor(
    readonly lessonId: string,
    readonly command: LessonRequest,
    readonly metadata: CommandMetadata,
    readonly expectedRevision?: number,
  ) {}
}
