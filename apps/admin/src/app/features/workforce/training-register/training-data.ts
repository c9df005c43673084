import { Injectable, inject } from '@angular/core';

import { GraphqlClient } from '../../../core/graphql/graphql-client';
import type { Course, StaffMember, TrainingDue, TrainingRecord } from '../workforce.types';
import {
  AddCourseDocument,
  PlanTrainingDocument,
  RecordTrainingOutcomeDocument,
  TrainingRegisterPageDocument,
} from '../../../generated/graphql';
import type { AddCourseInput, PlanTrainingInput, RecordTrainingOutcomeInput } from '../../../generated/graphql';

/** How far ahead the "Due" panel looks for expiring qualifications. */
export const DUE_WITHIN_DAYS = 90;

export interface TrainingView {
  records: TrainingRecord[];
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

  async load(asOf: string | null, scope: TrainingScope): Promise<TrainingView> {
    const result = await this.graphql.execute(TrainingRegisterPageDocument, { asOf, withinDays: DUE_WITHIN_DAYS, ...scope });
    return {
      records: result.trainingRegister,
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
