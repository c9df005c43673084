import { Injectable, inject } from '@angular/core';

import { GraphqlClient } from '../../../core/graphql/graphql-client';
import type { Assessment, Competency, SkillsMatrix, StaffMember } from '../workforce.types';
import type { RegisterPaging, WorkforceFilterOptions } from '../register-filters';
import {
  AssessProficiencyDocument,
  DefineCompetencyDocument,
  ErasePersonalDataDocument,
  RegisterStaffMemberDocument,
  SetRequirementDocument,
  SkillCellHistoryDocument,
  SkillsMatrixPageDocument,
} from '../../../generated/graphql';
import type {
  AssessProficiencyInput,
  DefineCompetencyInput,
  RegisterStaffMemberInput,
  SetRequirementInput,
  SkillsMatrixOrder,
} from '../../../generated/graphql';

const NO_OPTIONS: WorkforceFilterOptions = { departments: [], jobTitles: [], competencyCategories: [] };

type PageVariables = ReturnType<RegisterPaging['variables']>;

/** A page of the matrix and the values its filter bar offers. */
export type SkillsMatrixView = SkillsMatrix & { filterOptions: WorkforceFilterOptions };

/** The skills matrix's query and the commands that change people, competencies and levels. */
@Injectable({ providedIn: 'root' })
export class SkillsData {
  private readonly graphql = inject(GraphqlClient);

  /** One page of the matrix, narrowed by the filter and in the order asked for (over every page), with what the filter bar offers. */
  async load(asOf: string | null, page: PageVariables, orderBy: SkillsMatrixOrder = 'NAME'): Promise<SkillsMatrixView> {
    const result = await this.graphql.execute(SkillsMatrixPageDocument, { asOf, ...page, orderBy });
    return { ...result.skillsMatrix, filterOptions: result.workforceFilterOptions ?? NO_OPTIONS };
  }

  /** Every assessment of one cell, oldest first: asked for when the cell is opened. */
  async cellHistory(staffMemberId: string, competencyId: string, asOf: string | null): Promise<Assessment[]> {
    return (await this.graphql.execute(SkillCellHistoryDocument, { staffMemberId, competencyId, asOf })).skillCellHistory;
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
