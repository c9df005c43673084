import { ROLES, Role } from '@ledger/shared-domain';
import { TestLedger, codeOf, startTestLedger } from '../testing/test-ledger';

/**
 * Who may read the audit views: the decision history, both timelines, the chain verification and
 * every register as of an instant are for AUDITOR and ADMIN only. Every other role is FORBIDDEN;
 * no token (or a forged one) is UNAUTHENTICATED; a refusal gives nothing away.
 */
const AUDITORS: Role[] = ['AUDITOR', 'ADMIN'];
const NAME = 'Chantel Allott';

type Variables = (ids: { staffMemberId: string; procurementId: string }) => Record<string, unknown>;
/** Each audit query, and what a permitted answer holds. */
const QUERIES: [string, string, Variables, (data: any) => void][] = [
  [
    'decisionHistory',
    'query { decisionHistory(limit: 1000) { events { position type data } nextFrom } }',
    () => ({}),
    (data) => {
      expect(data.decisionHistory.events.length).toBeGreaterThan(5);
      expect(data.decisionHistory.nextFrom).toBeNull();
    },
  ],
  [
    'personTimeline',
    'query($staffMemberId: ID!) { personTimeline(staffMemberId: $staffMemberId) { events { type data } nextFrom } }',
    ({ staffMemberId }) => ({ staffMemberId }),
    (data) => {
      expect(data.personTimeline.events.map((e: { type: string }) => e.type)).toEqual(['StaffMemberRegistered']);
      expect(JSON.parse(data.personTimeline.events[0].data).displayName).toBe(NAME);
    },
  ],
  [
    'procurementTimeline',
    'query($procurementId: ID!) { procurementTimeline(procurementId: $procurementId) { events { type } nextFrom } }',
    ({ procurementId }) => ({ procurementId }),
    (data) => expect(data.procurementTimeline.events.map((e: { type: string }) => e.type)).toEqual(['ProcurementRegistered', 'GatewayReviewRequested']),
  ],
  [
    'verifyAuditChain',
    'query { verifyAuditChain { ok eventsChecked firstBrokenPosition } }',
    () => ({}),
    (data) => expect(data.verifyAuditChain).toMatchObject({ ok: true, firstBrokenPosition: null }),
  ],
  [
    'registersAsOf',
    'query($asOf: DateTime!) { registersAsOf(asOf: $asOf) { asOf establishment { posts { id } } procurements { id title } risks { id } lessons { id } } }',
    () => ({ asOf: new Date().toISOString() }),
    (data) => expect(data.registersAsOf.procurements.map((p: { title: string }) => p.title)).toEqual(['Office cleaning and facilities']),
  ],
];

describe('audit queries by role on sqlite', () => {
  let ledger: TestLedger;
  let admin: string;
  const tokens = {} as Record<Role, string>;
  const ids = { staffMemberId: '', procurementId: '' };

  async function ok(query: string, variables: Record<string, unknown>): Promise<any> {
    const answer = await ledger.gql(query, variables, admin);
    if (answer.errors) throw new Error(`fixture failed: ${JSON.stringify(answer.errors)}`);
    return Object.values(answer.data ?? {})[0];
  }

  beforeAll(async () => {
    ledger = await startTestLedger('sqlite');
    admin = await ledger.adminToken();
    for (const role of ROLES) {
      tokens[role] = await ledger.tokenFor(role, `${role.toLowerCase().replace(/_/g, '.')}.holder@example.gov.uk`, 'Role Holder');
    }
    ids.staffMemberId = (
      await ok('mutation($input: RegisterStaffMemberInput!) { registerStaffMember(input: $input) { id } }', {
        input: { displayName: NAME, email: 'chantel.allott@example.gov.uk', jobTitle: 'Procurement Officer', department: 'Procurement' },
      })
    ).id;
    ids.procurementId = (
      await ok('mutation($input: RegisterProcurementInput!) { registerProcurement(input: $input) { id } }', {
        input: { title: 'Office cleaning and facilities', estimatedValue: 150_000, riskLevel: 'LOW', politicalInterest: false },
      })
    ).id;
    await ok('mutation($input: RequestGatewayReviewInput!) { requestGatewayReview(input: $input) { id } }', {
      input: { procurementId: ids.procurementId, gateway: 'G2_PROCUREMENT_STRATEGY', summary: 'Request for quotation' },
    });
  }, 180_000);
  afterAll(async () => ledger?.close());

  it('covers all seven roles', () => {
    expect([...ROLES].sort()).toEqual(['ADMIN', 'AUDITOR', 'COMMITTEE_MEMBER', 'CONTRACT_MANAGER', 'HR_LEAD', 'PROCUREMENT_LEAD', 'STAFF']);
  });

  describe.each(QUERIES)('%s', (_, query, variables, permitted) => {
    it.each(AUDITORS)('answers %s', async (role) => {
      const answer = await ledger.gql(query, variables(ids), tokens[role]);
      expect(answer.errors).toBeUndefined();
      permitted(answer.data);
    });

    it.each(ROLES.filter((role) => !AUDITORS.includes(role)))('refuses %s with FORBIDDEN and gives nothing away', async (role) => {
      const answer = await ledger.gql(query, variables(ids), tokens[role]);
      expect(codeOf(answer)).toBe('FORBIDDEN');
      expect(answer.data ?? null).toBeNull();
      expect(JSON.stringify(answer)).not.toContain(NAME);
    });

    it('refuses a request without a token with UNAUTHENTICATED', async () => {
      const answer = await ledger.gql(query, variables(ids));
      expect(codeOf(answer)).toBe('UNAUTHENTICATED');
      expect(answer.data ?? null).toBeNull();
    });

    it('refuses a forged token with UNAUTHENTICATED', async () => {
      const [header, payload] = tokens.STAFF.split('.');
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
      const forged = `${header}.${Buffer.from(JSON.stringify({ ...claims, roles: ['AUDITOR'] })).toString('base64url')}.${'x'.repeat(43)}`;
      const answer = await ledger.gql(query, variables(ids), forged);
      expect(codeOf(answer)).toBe('UNAUTHENTICATED');
      expect(answer.data ?? null).toBeNull();
    });
  });
});
