import { TestLedger } from './test-ledger';

/** The mutations every contracts e2e spec takes a procurement through, up to and after award. */
export const CONTRACT_MUTATIONS = {
  staff: 'mutation($input: RegisterStaffMemberInput!) { registerStaffMember(input: $input) { id } }',
  register: 'mutation($input: RegisterProcurementInput!) { registerProcurement(input: $input) { id } }',
  request: 'mutation($input: RequestGatewayReviewInput!) { requestGatewayReview(input: $input) { id } }',
  decide: 'mutation($input: RecordGatewayDecisionInput!) { recordGatewayDecision(input: $input) { id } }',
  award: 'mutation($input: AwardContractInput!) { awardContract(input: $input) { id } }',
  assign: 'mutation($input: ContractManagerInput!) { assignContractManager(input: $input) { id } }',
  defineMeasure: 'mutation($input: DefineSocialValueMeasureInput!) { defineSocialValueMeasure(input: $input) { id } }',
  commit: 'mutation($input: CommitSocialValueInput!) { commitSocialValue(input: $input) { socialValueCommitments { id } } }',
  deliver: 'mutation($input: ReportSocialValueDeliveryInput!) { reportSocialValueDelivery(input: $input) { id } }',
};

/**
 * Three Highways officers on the establishment and a procurement whose strategy (G2) and award (G3)
 * gateways a committee of them approved: what the award decider requires before a contract exists.
 */
export async function procurementReadyToAward(ledger: TestLedger, tokens: { admin: string; lead: string }, estimatedValue: number): Promise<{ people: string[]; procurementId: string }> {
  const Q = CONTRACT_MUTATIONS;
  const people: string[] = [];
  for (const name of ['Ama Mensah', 'Ben Hughes', 'Cat Doyle']) {
    const input = { displayName: name, email: `${name.split(' ')[0].toLowerCase()}@example.gov.uk`, jobTitle: 'Officer', department: 'Highways' };
    people.push((await ledger.ok(Q.staff, { input }, tokens.admin)).id);
  }
  const procurementId = (await ledger.ok(Q.register, { input: { title: 'Highways maintenance', estimatedValue, riskLevel: 'LOW', politicalInterest: false } }, tokens.lead)).id;
  for (const gateway of ['G2_PROCUREMENT_STRATEGY', 'G3_AWARD']) {
    const reviewId = (await ledger.ok(Q.request, { input: { procurementId, gateway, summary: `${gateway} papers` } }, tokens.lead)).id;
    await ledger.ok(Q.decide, { input: { reviewId, outcome: 'APPROVED', conditions: [], rationale: 'Meets the criteria', committeeMemberIds: people } }, tokens.admin);
  }
  return { people, procurementId };
}

/** A file download from the API, as a browser gets it. */
export async function downloadFrom(ledger: TestLedger, path: string, token?: string): Promise<{ status: number; type: string | null; disposition: string | null; body: Buffer }> {
  const response = await fetch(`${ledger.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: response.status, type: response.headers.get('content-type'), disposition: response.headers.get('content-disposition'), body: Buffer.from(await response.arrayBuffer()) };
}
