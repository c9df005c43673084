import { graphql } from '../../../core/graphql/typed-document';
import type { Post, StaffMember } from '../workforce.types';

const POST_FIELDS = `
  id title fte status holder { id displayName erased } startDate targetYear justification decisionReason revision
`;

export interface EstablishmentTotals {
  filledFte: number;
  approvedFte: number;
  proposedFte: number;
  vacantFte: number;
}

export interface EstablishmentResult {
  establishment: EstablishmentTotals & { posts: Post[] };
  /** Asked for only when the user may fill posts. */
  staffMembers?: StaffMember[];
}

export const ESTABLISHMENT_QUERY = graphql<EstablishmentResult, { asOf: string | null; withStaff: boolean }>(`
  query EstablishmentPage($asOf: DateTime, $withStaff: Boolean!) {
    establishment(asOf: $asOf) { filledFte approvedFte proposedFte vacantFte posts { ${POST_FIELDS} } }
    staffMembers(asOf: $asOf) @include(if: $withStaff) { id displayName jobTitle department erased }
  }
`);

export interface ProposePostInput {
  title: string;
  fte: number;
  justification: string;
  targetYear: number;
  commandId?: string;
}

export const PROPOSE_POST = graphql<{ proposePost: Post }, { input: ProposePostInput }>(`
  mutation ProposePost($input: ProposePostInput!) { proposePost(input: $input) { ${POST_FIELDS} } }
`);

export interface DecidePostInput {
  postId: string;
  approve: boolean;
  reason: string;
  expectedRevision: number;
}

export const DECIDE_POST = graphql<{ decidePost: Post }, { input: DecidePostInput }>(`
  mutation DecidePost($input: DecidePostInput!) { decidePost(input: $input) { ${POST_FIELDS} } }
`);

export interface FillPostInput {
  postId: string;
  staffMemberId: string;
  startDate: string;
  expectedRevision: number;
}

export const FILL_POST = graphql<{ fillPost: Post }, { input: FillPostInput }>(`
  mutation FillPost($input: FillPostInput!) { fillPost(input: $input) { ${POST_FIELDS} } }
`);

export interface VacatePostInput {
  postId: string;
  endDate: string;
  reason: string;
  expectedRevision: number;
}

export const VACATE_POST = graphql<{ vacatePost: Post }, { input: VacatePostInput }>(`
  mutation VacatePost($input: VacatePostInput!) { vacatePost(input: $input) { ${POST_FIELDS} } }
`);

export interface WithdrawPostInput {
  postId: string;
  reason: string;
  expectedRevision: number;
}

export const WITHDRAW_POST = graphql<{ withdrawPost: Post }, { input: WithdrawPostInput }>(`
  mutation WithdrawPost($input: WithdrawPostInput!) { withdrawPost(input: $input) { ${POST_FIELDS} } }
`);
