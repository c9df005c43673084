import { Injectable, inject } from '@angular/core';

import { GraphqlClient } from '../../../core/graphql/graphql-client';
import type { Lesson, LessonDue, PersonRef } from '../governance.types';
import { StaffDirectory } from '../staff-directory';
import {
  ASSIGN_LESSON_ACTION,
  AssignLessonActionInput,
  CLOSE_LESSON_ACTION,
  CloseLessonActionInput,
  LESSONS_QUERY,
  ProcurementChoice,
  RECORD_LESSON,
  RecordLessonInput,
} from './lessons.documents';

export interface LessonsView {
  /** Newest first. */
  lessons: Lesson[];
  due: LessonDue[];
  /** Null when the user may not list procurements: lessons then name them by id. */
  procurements: ProcurementChoice[] | null;
  /** Who may own an action, or null when the user may not list staff. */
  staff: PersonRef[] | null;
}

export interface LessonsScope {
  withProcurements: boolean;
  withStaff: boolean;
}

/** The lessons log's query and commands. */
@Injectable({ providedIn: 'root' })
export class LessonsData {
  private readonly graphql = inject(GraphqlClient);
  private readonly staffDirectory = inject(StaffDirectory);

  async load(asOf: string | null, scope: LessonsScope): Promise<LessonsView> {
    const [result, staff] = await Promise.all([
      this.graphql.execute(LESSONS_QUERY, { asOf, withProcurements: scope.withProcurements }),
      scope.withStaff ? this.staffDirectory.load(asOf) : Promise.resolve(null),
    ]);
    return { lessons: result.lessons, due: result.lessonsDue, procurements: result.procurements ?? null, staff };
  }

  async record(input: RecordLessonInput): Promise<Lesson> {
    return (await this.graphql.execute(RECORD_LESSON, { input })).recordLesson;
  }

  async assignAction(input: AssignLessonActionInput): Promise<Lesson> {
    return (await this.graphql.execute(ASSIGN_LESSON_ACTION, { input })).assignLessonAction;
  }

  async closeAction(input: CloseLessonActionInput): Promise<Lesson> {
    return (await this.graphql.execute(CLOSE_LESSON_ACTION, { input })).closeLessonAction;
  }
}
