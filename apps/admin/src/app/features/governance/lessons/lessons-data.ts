import { Injectable, inject } from '@angular/core';

import { GraphqlClient } from '../../../core/graphql/graphql-client';
import type { Lesson, LessonDue, PersonRef, ProcurementChoice } from '../governance.types';
import { StaffDirectory } from '../staff-directory';
import {
  AssignLessonActionDocument,
  CloseLessonActionDocument,
  LessonsPageDocument,
  RecordLessonDocument,
} from '../../../generated/graphql';
import type { AssignLessonActionInput, CloseLessonActionInput, RecordLessonInput } from '../../../generated/graphql';

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
    const [result, staff] = await this.staffDirectory.alongside(
      this.graphql.execute(LessonsPageDocument, { asOf, withProcurements: scope.withProcurements }),
      asOf,
      scope.withStaff,
    );
    return { lessons: result.lessons, due: result.lessonsDue, procurements: result.procurements ?? null, staff };
  }

  async record(input: RecordLessonInput): Promise<Lesson> {
    return (await this.graphql.execute(RecordLessonDocument, { input })).recordLesson;
  }

  async assignAction(input: AssignLessonActionInput): Promise<Lesson> {
    return (await this.graphql.execute(AssignLessonActionDocument, { input })).assignLessonAction;
  }

  async closeAction(input: CloseLessonActionInput): Promise<Lesson> {
    return (await this.graphql.execute(CloseLessonActionDocument, { input })).closeLessonAction;
  }
}
