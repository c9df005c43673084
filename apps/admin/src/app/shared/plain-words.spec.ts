import { inPlainWords } from './plain-words';

describe('inPlainWords', () => {
  it('names roles and gateways as people do, and leaves other words alone', () => {
    expect(inPlainWords('This needs one of the roles PROCUREMENT_LEAD, COMMITTEE_MEMBER, AUDITOR, ADMIN; you have STAFF')).toBe(
      'This needs one of the roles Procurement lead, Gateway committee member, Auditor, Admin; you have Staff',
    );
    expect(inPlainWords('G2_PROCUREMENT_STRATEGY must pass before G3_AWARD')).toBe(
      'the procurement strategy gateway (G2) must pass before the award gateway (G3)',
    );
    expect(inPlainWords('Unknown SOME_CODE, a UK body')).toBe('Unknown SOME_CODE, a UK body');
  });
});
