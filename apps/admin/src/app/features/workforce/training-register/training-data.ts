import { Injectable, inject } from '@angular/core';

import { GraphqlClient } from '../../../core/graphql/graphql-client';
import type { Course, StaffMember, TrainingDue, TrainingRecord } from '../workforce.types';
import {
  AddCourseDocument,
  PlanTrainingDocument,
  RecordTrainingOutcomeDocument,
  TrainingRegisterPageDocument,
} from '../../../generated/graphql';
import type { RegisterPaging, WorkforceFilterOptions } from '../register-filters';
import type { AddCourseInput, PlanTrainingInput, RecordTrainingOutcomeInput } from '../../../generated/graphql';

type PageVariables = ReturnType<RegisterPaging['variables']>;

/** How far ahead the "Due" panel looks for expiring qualifications. */
export const DUE_WITHIN_DAYS = 90;

export interface TrainingView {
  /** One page of the register. */
  records: TrainingRecord[];
  /** Rows skipped before this page. */
  offset: number;
  /** Whether records follow this page. */
  more: boolean;
  /** What the filter bar offers; null when the user may not filter (STAFF see their own records). */
  filterOptions: WorkforceFilterOptions | null;
  courses: Course[];
  /** Null when the user may not see it (STAFF). */
  due: TrainingDue | null;
  /** For the forms: people who can be trained (not erased), and the competencies. */
  people: StaffMember[];
  competencies: { id: string; name: string; category: string }[];
}

export interface TrainingScope {
  /** Ask for the "Due" panel (readers of every register). */
  withDue: boolean;
  /** Ask for what the forms offer (writers). */
  withForms: boolean;
}

/**
 * The training register's query and commands. The register is asked for without a person:
 * the API answers STAFF with their own records only.
 */
@Injectable({ providedIn: 'root' })
export class TrainingData {
  private readonly graphql = inject(GraphqlClient);

  async load(asOf: string | null, scope: TrainingScope, page: PageVariables): Promise<TrainingView> {
    // One record more than the page shows says whether a next page exists (the register is a plain list).
    const variables = { asOf, withinDays: DUE_WITHIN_DAYS, ...scope, ...page, limit: page.limit + 1 };
    const result = await this.graphql.execute(TrainingRegisterPageDocument, variables);
    return {
      records: result.trainingRegister.slice(0, page.limit),
      offset: page.offset,
      more: result.trainingRegister.length > page.limit,
      filterOptions: result.workforceFilterOptions ?? null,
      courses: result.courses,
      due: result.trainingDue ?? null,
      people: (result.staffMembers ?? []).filter((person) => !person.erased),
      competencies: result.competencies ?? [],
    };
  }

  async addCourse(input: AddCourseInput): Promise<Course> {
    return (await this.graphql.execute(AddCourseDocument, { input })).addCourse;
  }

  async planTraining(input: PlanTrainingInput): Promise<TrainingRecord> {
    return (await this.graphql.execute(PlanTrainingDocument, { input })).planTraining;
  }

  async recordOutcome(input: RecordTrainingOutcomeInput): Promise<TrainingRecord> {
    return (await this.graphql.execute(RecordTrainingOutcomeDocument, { input })).recordTrainingOutcome;
  }
}
