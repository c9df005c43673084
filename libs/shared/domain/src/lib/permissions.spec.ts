import { PERMISSIONS, Permission, mayDo } from './permissions';
import { ROLES } from './roles';

describe('the permissions map', () => {
  it('names only roles of the contract, each once per permission, and gives ADMIN everything', () => {
    for (const [permission, roles] of Object.entries(PERMISSIONS)) {
      expect({ permission, unknown: roles.filter((r) => !(ROLES as readonly string[]).includes(r)) }).toEqual({ permission, unknown: [] });
      expect(new Set(roles).size).toBe(roles.length);
      expect(roles).toContain('ADMIN');
    }
  });

  it('lets an AUDITOR read but never write', () => {
    const writes: Permission[] = ['keepWorkforce', 'runProcurements', 'recordGatewayDecisions', 'declareConflictsOfInterest', 'recordLessons', 'manageLessonActions', 'keepRisks', 'keepStrategy', 'editMaturityAreas', 'administerUsers', 'keepContracts', 'approveContractVariations', 'reportOnContracts'];
    for (const permission of writes) expect(mayDo(['AUDITOR'], permission)).toBe(false);
    for (const permission of ['readWorkforce', 'readGateway', 'readLessons', 'readRisks', 'readStrategy', 'audit', 'readUsers', 'readContracts'] as Permission[]) {
      expect(mayDo(['AUDITOR'], permission)).toBe(true);
    }
  });

  it('grants a permission when any of the roles has it', () => {
    expect(mayDo(['STAFF'], 'recordLessons')).toBe(true);
    expect(mayDo(['STAFF'], 'readRisks')).toBe(false);
    expect(mayDo(['STAFF', 'COMMITTEE_MEMBER'], 'readRisks')).toBe(true);
    expect(mayDo([], 'readLessons')).toBe(false);
  });
});
