import { Injectable, inject } from '@angular/core';

import { GraphqlClient } from '../../../core/graphql/graphql-client';
import type { Competency, SkillsMatrix, StaffMember } from '../workforce.types';
import {
  AssessProficiencyDocument,
  DefineCompetencyDocument,
  ErasePersonalDataDocument,
  RegisterStaffMemberDocument,
  SetRequirementDocument,
  SkillsMatrixPageDocument,
} from '../../../generated/graphql';
import type {
  AssessProficiencyInput,
  DefineCompetencyInput,
  RegisterStaffMemberInput,
  SetRequirementInput,
} from '../../../generated/graphql';

/** The skills matrix's query and the commands that change people, competencies and levels. */
@Injectable({ providedIn: 'root' })
export class SkillsData {
  private readonly graphql = inject(GraphqlClient);

  async load(asOf: string | null): Promise<SkillsMatrix> {
    return (await this.graphql.execute(SkillsMatrixPageDocument, { asOf })).skillsMatrix;
  }

  async registerStaffMember(input: RegisterStaffMemberInput): Promise<StaffMember> {
    return (await this.graphql.execute(RegisterStaffMemberDocument, { input })).registerStaffMember;
  }

  async defineCompetency(input: DefineCompetencyInput): Promise<Competency> {
    return (await this.graphql.execute(DefineCompetencyDocument, { input })).defineCompetency;
  }

  async setRequirement(input: SetRequirementInput): Promise<Competency> {
    return (await this.graphql.execute(SetRequirementDocument, { input })).setRequirement;
  }

  async assess(input: AssessProficiencyInput): Promise<void> {
    await this.graphql.execute(AssessProficiencyDocument, { input });
  }

  async erasePersonalData(staffMemberId: string, reason: string): Promise<StaffMember> {
    return (await this.graphql.execute(ErasePersonalDataDocument, { staffMemberId, reason })).erasePersonalData;
  }
}
