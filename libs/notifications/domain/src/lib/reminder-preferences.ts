import { Decider, DomainEvent, ForbiddenError, InvalidInputError, unhandled } from '@ledger/domain-kernel';

/**
 * Which reminders a person wants by email (ADR 0031). Each kind is on until its person turns it
 * off: reminders are the point of the feature, and a person who never opens the settings page is
 * still told what is due. Only the person themselves sets their preferences.
 */

export type SetReminderPreferences = {
  type: 'SetReminderPreferences';
  userId: string;
  /** The daily digest of what is due or overdue in their work queue. */
  dailyDigest: boolean;
  /** A message as soon as a gateway review awaits their decision. */
  decisionRequests: boolean;
};

export type ReminderPreferencesCommand = SetReminderPreferences;
/** The handler resolves nothing: the resolver names the signed-in user. */
export type ReminderPreferencesRequest = ReminderPreferencesCommand;

export type ReminderPreferencesSet = DomainEvent<'ReminderPreferencesSet', { userId: string; dailyDigest: boolean; decisionRequests: boolean }>;
export type ReminderPreferencesEvent = ReminderPreferencesSet;
export const REMINDER_PREFERENCES_EVENT_TYPES = ['ReminderPreferencesSet'] as const;

export interface ReminderPreferences {
  dailyDigest: boolean;
  decisionRequests: boolean;
}

export interface ReminderPreferencesState extends ReminderPreferences {
  userId: string | null;
}

export const DEFAULT_REMINDER_PREFERENCES: ReminderPreferences = { dailyDigest: true, decisionRequests: true };

export const reminderPreferencesStreamId = (userId: string) => `reminder-preferences-${userId}`;

export const reminderPreferencesDecider: Decider<ReminderPreferencesCommand, ReminderPreferencesEvent, ReminderPreferencesState> = {
  initialState: () => ({ userId: null, ...DEFAULT_REMINDER_PREFERENCES }),

  decide(command, state, context) {
    switch (command.type) {
      case 'SetReminderPreferences': {
        if (!command.userId?.trim()) throw new InvalidInputError('userId must not be empty', { field: 'userId' });
        if (command.userId !== context.actorId) throw new ForbiddenError('People set their own reminder preferences only');
        for (const field of ['dailyDigest', 'decisionRequests'] as const) {
          if (typeof command[field] !== 'boolean') throw new InvalidInputError(`${field} must be true or false`, { field });
        }
        // Saving the same choices again records nothing: the history shows only real changes.
        if (state.userId !== null && state.dailyDigest === command.dailyDigest && state.decisionRequests === command.decisionRequests) return [];
        return [{ type: 'ReminderPreferencesSet', data: { userId: command.userId, dailyDigest: command.dailyDigest, decisionRequests: command.decisionRequests } }];
      }
      default:
        return unhandled('command', command.type);
    }
  },

  evolve(state, event) {
    switch (event.type) {
      case 'ReminderPreferencesSet':
        return { userId: event.data.userId, dailyDigest: event.data.dailyDigest, decisionRequests: event.data.decisionRequests };
      default:
        return unhandled('event', event.type);
    }
  },
};
