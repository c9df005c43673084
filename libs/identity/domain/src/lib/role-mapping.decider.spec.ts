import { InvalidInputError, NotFoundError } from '@ledger/domain-kernel';
import { DeciderSpecification } from '@ledger/domain-kernel/testing';
import { RoleMappingEvent, roleMappingDecider, rolesForGroups } from './role-mapping';

const spec = DeciderSpecification(roleMappingDecider);

const riskTeam: RoleMappingEvent = { type: 'RoleMappingEntrySet', data: { group: 'ledger-risk', roles: ['AUDITOR', 'STAFF'] } };
const procurement: RoleMappingEvent = { type: 'RoleMappingEntrySet', data: { group: 'ledger-procurement', roles: ['PROCUREMENT_LEAD'] } };

describe('role mapping decider', () => {
  it('sets an entry: the group, trimmed, gives its distinct roles', () => {
    spec
      .given([])
      .when({ type: 'SetRoleMappingEntry', group: '  ledger-risk ', roles: ['AUDITOR', 'STAFF', 'AUDITOR'] })
      .then([riskTeam]);
  });

  it('replaces what a group gave when its entry is set again', () => {
    spec
      .given([riskTeam])
      .when({ type: 'SetRoleMappingEntry', group: 'ledger-risk', roles: ['COMMITTEE_MEMBER'] })
      .then([{ type: 'RoleMappingEntrySet', data: { group: 'ledger-risk', roles: ['COMMITTEE_MEMBER'] } }]);
  });

  it('records nothing when the entry already gives exactly these roles, in any order', () => {
    spec.given([riskTeam]).when({ type: 'SetRoleMappingEntry', group: 'ledger-risk', roles: ['STAFF', 'AUDITOR'] }).thenNothingHappens();
  });

  it('refuses an empty group name', () => {
    spec.given([]).when({ type: 'SetRoleMappingEntry', group: '   ', roles: ['STAFF'] }).thenThrows(InvalidInputError, /group name must not be empty/);
  });

  it('refuses unknown roles, naming them', () => {
    spec.given([]).when({ type: 'SetRoleMappingEntry', group: 'g', roles: ['STAFF', 'WIZARD'] }).thenThrows(InvalidInputError, /Unknown role\(s\) WIZARD/);
  });

  it('refuses an entry that gives no role (removing the entry is how a group gives none)', () => {
    spec.given([]).when({ type: 'SetRoleMappingEntry', group: 'g', roles: [] }).thenThrows(InvalidInputError, /at least one role/);
  });

  it('refuses to map a group to ADMIN: administrators are named by another administrator (break-glass)', () => {
    spec.given([]).when({ type: 'SetRoleMappingEntry', group: 'ledger-admins', roles: ['ADMIN'] }).thenThrows(InvalidInputError, /ADMIN is never given/);
  });

  it('removes an entry', () => {
    spec.given([riskTeam, procurement]).when({ type: 'RemoveRoleMappingEntry', group: 'ledger-risk' }).then([{ type: 'RoleMappingEntryRemoved', data: { group: 'ledger-risk' } }]);
  });

  it('refuses to remove an entry the mapping does not have', () => {
    spec.given([procurement]).when({ type: 'RemoveRoleMappingEntry', group: 'ledger-risk' }).thenThrows(NotFoundError, /no entry for ledger-risk/);
  });

  it('refuses to remove an entry named by an empty group', () => {
    spec.given([riskTeam]).when({ type: 'RemoveRoleMappingEntry', group: '' }).thenThrows(InvalidInputError, /group name must not be empty/);
  });
});

describe('rolesForGroups', () => {
  const mapping = [riskTeam, procurement].reduce(roleMappingDecider.evolve, roleMappingDecider.initialState());

  it('gives the union of the roles of every group that has an entry, in the order of the roles', () => {
    expect(rolesForGroups(mapping, ['ledger-procurement', 'unmapped', 'ledger-risk'])).toEqual(['PROCUREMENT_LEAD', 'AUDITOR', 'STAFF']);
  });

  it('says nothing (null) when none of the groups has an entry', () => {
    expect(rolesForGroups(mapping, ['unmapped'])).toBeNull();
    expect(rolesForGroups(mapping, [])).toBeNull();
  });

  it('forgets a removed entry', () => {
    const removed = roleMappingDecider.evolve(mapping, { type: 'RoleMappingEntryRemoved', data: { group: 'ledger-risk' } });
    expect(rolesForGroups(removed, ['ledger-risk'])).toBeNull();
  });
});
