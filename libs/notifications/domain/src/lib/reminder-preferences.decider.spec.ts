import { ForbiddenError, InvalidInputError } from '@ledger/domain-kernel';
import { DeciderSpecification } from '@ledger/domain-kernel/testing';
import { ReminderPreferencesCommand, ReminderPreferencesEvent, reminderPreferencesDecider } from './reminder-preferences';

const spec = DeciderSpecification(reminderPreferencesDecider, { now: new Date('2026-11-30T09:00:00Z'), actorId: 'user-1' });

const set = (dailyDigest: boolean, decisionRequests: boolean, userId = 'user-1'): ReminderPreferencesCommand => ({
  type: 'SetReminderPreferences',
  userId,
  dailyDigest,
  decisionRequests,
});
const wasSet = (dailyDigest: boolean, decisionRequests: boolean): ReminderPreferencesEvent => ({
  type: 'ReminderPreferencesSet',
  data: { userId: 'user-1', dailyDigest, decisionRequests },
});

describe('reminder preferences decider', () => {
  it('records a person turning the daily digest off', () => {
    spec.given([]).when(set(false, true)).then([wasSet(false, true)]);
  });

  it('records turning a kind back on', () => {
    spec.given([wasSet(false, false)]).when(set(true, false)).then([wasSet(true, false)]);
  });

  it('records the first choice even when it matches the defaults, so the person’s choice is on the record', () => {
    spec.given([]).when(set(true, true)).then([wasSet(true, true)]);
  });

  it('records nothing when the choices are unchanged', () => {
    spec.given([wasSet(false, true)]).when(set(false, true)).then([]);
  });

  it('refuses to set another person’s preferences', () => {
    spec.given([]).when(set(false, false, 'user-2')).thenThrows(ForbiddenError, /their own reminder preferences/);
  });

  it('refuses a choice that is not true or false', () => {
    spec
      .given([])
      .when({ ...set(true, true), dailyDigest: 'no' as unknown as boolean })
      .thenThrows(InvalidInputError, /dailyDigest must be true or false/);
  });

  it('refuses an empty user id', () => {
    spec.given([]).when(set(true, true, ' ')).thenThrows(InvalidInputError, /userId must not be empty/);
  });
});
