import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { DESCRIBED_EVENT_TYPES, describeEvent, humaniseType, type EventNames } from './describe-event';

// apps/api/event-types.json is the API's eventTypes answer, held to it by the API's decision
// history test (UPDATE_EVENT_TYPES=1 rewrites it): every type the ledger records is listed there.
// Read as a file, as codegen reads apps/api/schema.graphql: the admin imports nothing of the API.
const KNOWN_EVENT_TYPES: string[] = JSON.parse(readFileSync(join(__dirname, '../../../../../api/event-types.json'), 'utf8'));
const names: EventNames = {
  person: (id) => ({ s1: 'Priya Lead', s2: 'Erased person' })[id] ?? null,
  procurement: (id) => ({ p1: 'Highways maintenance' })[id] ?? null,
  user: (id) => ({ u1: 'Alan Audit' })[id] ?? null,
};
const event = (type: string, data: unknown, actorName: string | null = 'Priya Lead') => ({
  type,
  data: JSON.stringify(data),
  streamId: 'x-1',
  actorId: 'u9',
  actorName,
});

describe('describeEvent', () => {
  it('has a sentence of its own for every event type the API lists: none falls back to the generic one', () => {
    expect(KNOWN_EVENT_TYPES.length).toBeGreaterThan(50);
    const generic = KNOWN_EVENT_TYPES.filter((type) => describeEvent(event(type, {}), names).generic);
    expect(generic).toEqual([]);
  });

  it('describes no type the API does not list (a renamed event leaves no stale sentence)', () => {
    expect(DESCRIBED_EVENT_TYPES.filter((type) => !KNOWN_EVENT_TYPES.includes(type))).toEqual([]);
  });

  it('says who decided what at which gateway for which procurement, by name', () => {
    const decided = event('GatewayDecisionRecorded', { procurementId: 'p1', gateway: 'G3_AWARD', outcome: 'APPROVED' });
    expect(describeEvent(decided, names)).toEqual({
      text: 'Priya Lead recorded “Approved” at the award gateway (G3) for Highways maintenance.',
      generic: false,
    });
  });

  it('names people through the resolver, erased ones as "Erased person"', () => {
    expect(describeEvent(event('PostFilled', { staffMemberId: 's2', startDate: '2026-01-05' }, 'Alan Audit'), names).text).toBe(
      'Alan Audit filled a post with Erased person from 2026-01-05.',
    );
    expect(describeEvent(event('UserRolesChanged', { userId: 'u1', roles: ['AUDITOR'] }, 'Erased person'), names).text).toBe(
      'Erased person gave Alan Audit the roles Auditor.',
    );
  });

  it('names the actor by the users when the API gave no name, and says so when the data was erased', () => {
    const erased = { type: 'StaffMemberRegistered', data: 'null', streamId: 'staff-s2', actorId: 'u1' };
    expect(describeEvent(erased, names)).toEqual({
      text: 'Alan Audit: staff member registered (the personal data in it was erased).',
      generic: false,
    });
  });

  it('falls back to the type in words, flagged generic, for a type it does not know', () => {
    expect(describeEvent(event('SomethingNewHappened', {}), names)).toEqual({ text: 'Priya Lead: something new happened.', generic: true });
    expect(humaniseType('KPIReportCorrected')).toBe('kpi report corrected');
  });
});
