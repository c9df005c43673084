import { graphql } from '../../../core/graphql/typed-document';
import type { Competency, SkillsMatrix, StaffMember } from '../workforce.types';

const STAFF_FIELDS = 'id displayName jobTitle department erased';
const COMPETENCY_FIELDS = 'id name category levelDescriptors requirements { jobTitle requiredLevel }';

export const SKILLS_MATRIX_QUERY = graphql<{ skillsMatrix: SkillsMatrix }, { asOf: string | null }>(`
  query SkillsMatrixPage($asOf: DateTime) {
    skillsMatrix(asOf: $asOf) {
      competencies { ${COMPETENCY_FIELDS} }
      rows {
        staffMember { ${STAFF_FIELDS} }
        totalGap
        cells { competency { id } level requiredLevel gap history { level evidence assessedOn source recordedAt } }
      }
    }
  }
`);

export interface RegisterStaffMemberInput {
  displayName: string;
  email: string;
  jobTitle: string;
  department: string;
  commandId?: string;
}

export const REGISTER_STAFF_MEMBER = graphql<{ registerStaffMember: StaffMember }, { input: RegisterStaffMemberInput }>(`
  mutation RegisterStaffMember($input: RegisterStaffMemberInput!) { registerStaffMember(input: $input) { ${STAFF_FIELDS} } }
`);

export interface DefineCompetencyInput {
  name: string;
  category: string;
  /** Exactly five: levels 0 (none) to 4 (expert). */
  levelDescriptors: string[];
  commandId?: string;
}

export const DEFINE_COMPETENCY = graphql<{ defineCompetency: Competency }, { input: DefineCompetencyInput }>(`
  mutation DefineCompetency($input: DefineCompetencyInput!) { defineCompetency(input: $input) { ${COMPETENCY_FIELDS} } }
`);

export interface SetRequirementInput {
  competencyId: string;
  jobTitle: string;
  requiredLevel: number;
}

export const SET_REQUIREMENT = graphql<{ setRequirement: Competency }, { input: SetRequirementInput }>(`
  mutation SetRequirement($input: SetRequirementInput!) { setRequirement(input: $input) { ${COMPETENCY_FIELDS} } }
`);

export interface AssessProficiencyInput {
  staffMemberId: string;
  competencyId: string;
  level: number;
  evidence: string;
}

export const ASSESS_PROFICIENCY = graphql<
  { assessProficiency: { staffMember: { id: string }; totalGap: number } },
  { input: AssessProficiencyInput }
>(`
  mutation AssessProficiency($input: AssessProficiencyInput!) {
    assessProficiency(input: $input) { staffMember { id } totalGap }
  }
`);

export const ERASE_PERSONAL_DATA = graphql<{ erasePersonalData: StaffMember }, { staffMemberId: string; reason: string }>(`
  mutation ErasePersonalData($staffMemberId: ID!, $reason: String!) {
    erasePersonalData(staffMemberId: $staffMemberId, reason: $reason) { ${STAFF_FIELDS} }
  }
`);
