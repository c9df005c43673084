import { Injectable, inject } from '@angular/core';

import { GraphqlClient } from '../../../core/graphql/graphql-client';
import type { Competency, SkillsMatrix, StaffMember } from '../workforce.types';
import {
  ASSESS_PROFICIENCY,
  AssessProficiencyInput,
  DEFINE_COMPETENCY,
  DefineCompetencyInput,
  ERASE_PERSONAL_DATA,
  REGISTER_STAFF_MEMBER,
  RegisterStaffMemberInput,
  SET_REQUIREMENT,
  SKILLS_MATRIX_QUERY,
  SetRequirementInput,
} from './skills-matrix.documents';

/** The skills matrix's query and the commands that change people, competencies and levels. */
@Injectable({ providedIn: 'root' })
export class SkillsData {
  private readonly graphql = inject(GraphqlClient);

  async load(asOf: string | null): Promise<SkillsMatrix> {
    return (await this.graphql.execute(SKILLS_MATRIX_QUERY, { asOf })).skillsMatrix;
  }

  async registerStaffMember(input: RegisterStaffMemberInput): Promise<StaffMember> {
    return (await this.graphql.execute(REGISTER_STAFF_MEMBER, { input })).registerStaffMember;
  }

  async defineCompetency(input: DefineCompetencyInput): Promise<Competency> {
    return (await this.graphql.execute(DEFINE_COMPETENCY, { input })).defineCompetency;
  }

  async setRequirement(input: SetRequirementInput): Promise<Competency> {
    return (await this.graphql.execute(SET_REQUIREMENT, { input })).setRequirement;
  }

  async assess(input: AssessProficiencyInput): Promise<void> {
    await this.graphql.execute(ASSESS_PROFICIENCY, { input });
  }

  async erasePersonalData(staffMemberId: string, reason: string): Promise<StaffMember> {
    return (await this.graphql.execute(ERASE_PERSONAL_DATA, { staffMemberId, reason })).erasePersonalData;
  }
}
