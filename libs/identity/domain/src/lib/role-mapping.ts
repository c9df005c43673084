import { Decider, DomainEvent, InvalidInputError, NotFoundError } from '@ledger/domain-kernel';
import { ROLES, Role, isRole } from '@ledger/shared-domain';

/**
 * The role mapping (ADR 0033): which ledger roles a group or app role of the identity provider
 * gives. One mapping per installation, on the record: each entry set or removed is an event, so
 * auditors see who changed it and when. ADMIN is never mapped: it is granted by another
 * administrator only (break-glass), so a change in the provider's groups can neither make nor
 * unmake an administrator.
 */

// Events

/** A provider group (or app role) now gives these roles; replaces what the group gave before. */
export type RoleMappingEntrySet = DomainEvent<'RoleMappingEntrySet', { group: string; roles: Role[] }>;
/** A provider group no longer gives any role. */
export type RoleMappingEntryRemoved = DomainEvent<'RoleMappingEntryRemoved', { group: string }>;

export type RoleMappingEvent = RoleMappingEntrySet | RoleMappingEntryRemoved;
export const ROLE_MAPPING_EVENT_TYPES: readonly RoleMappingEvent['type'][] = ['RoleMappingEntrySet', 'RoleMappingEntryRemoved'];

// Commands

export interface SetRoleMappingEntry {
  type: 'SetRoleMappingEntry';
  /** The claim value as the provider sends it: a group name or object id, or an app role's value. */
  group: string;
  roles: readonly string[];
}

export interface RemoveRoleMappingEntry {
  type: 'RemoveRoleMappingEntry';
  group: string;
}

export type RoleMappingCommand = SetRoleMappingEntry | RemoveRoleMappingEntry;
export type RoleMappingRequest = RoleMappingCommand;

// State

export interface RoleMappingState {
  /** Provider group -> the roles it gives, in the order entries were first set. */
  entries: Record<string, Role[]>;
}

/** The one mapping of the installation. */
export const ROLE_MAPPING_STREAM_ID = 'role-mapping-provider';

/** The roles a provider may give: every role but ADMIN, which stays a deliberate act of an administrator. */
export const MAPPABLE_ROLES: readonly Role[] = ROLES.filter((role) => role !== 'ADMIN');

const GROUP_LIMIT = 256;

function validGroup(group: string): string {
  const trimmed = typeof group === 'string' ? group.trim() : '';
  if (!trimmed) throw new InvalidInputError('A group name must not be empty', { field: 'group' });
  if (trimmed.length > GROUP_LIMIT) throw new InvalidInputError(`A group name may have at most ${GROUP_LIMIT} characters`, { field: 'group' });
  return trimmed;
}

function validMappedRoles(roles: readonly string[]): Role[] {
  if (!Array.isArray(roles) || roles.length === 0) throw new InvalidInputError('A mapping entry gives at least one role (remove the entry to give none)', { field: 'roles' });
  const unknown = roles.filter((role) => !isRole(role));
  if (unknown.length > 0) throw new InvalidInputError(`Unknown role(s) ${unknown.join(', ')}; roles are ${MAPPABLE_ROLES.join(', ')}`, { field: 'roles' });
  if (roles.includes('ADMIN')) {
    throw new InvalidInputError('ADMIN is never given by the identity provider: an administrator grants it to a named user (break-glass)', { field: 'roles' });
  }
  return [...new Set(roles as Role[])];
}

const sameRoles = (a: readonly Role[], b: readonly Role[]) => a.length === b.length && a.every((role) => b.includes(role));

/**
 * The roles a person's provider groups give under the mapping: the union over every group that
 * has an entry, or null when none of their groups has one (then the mapping says nothing about
 * them, and their roles stay as they are).
 */
export function rolesForGroups(state: RoleMappingState, groups: readonly string[]): Role[] | null {
  const matched = [...new Set(groups.map((group) => String(group).trim()))].filter((group) => group in state.entries);
  if (matched.length === 0) return null;
  const given = new Set(matched.flatMap((group) => state.entries[group]));
  // In the order of ROLES, so the same groups always give the same list.
  return ROLES.filter((role) => given.has(role));
}

export const roleMappingDecider: Decider<RoleMappingCommand, RoleMappingEvent, RoleMappingState> = {
  initialState: () => ({ entries: {} }),

  decide(command, state) {
    switch (command.type) {
      case 'SetRoleMappingEntry': {
        const group = validGroup(command.group);
        const roles = validMappedRoles(command.roles);
        const current = state.entries[group];
        // Setting what is already set records nothing: a retry or a second tab changes nothing.
        if (current && sameRoles(current, roles)) return [];
        return [{ type: 'RoleMappingEntrySet', data: { group, roles } }];
      }
      case 'RemoveRoleMappingEntry': {
        const group = validGroup(command.group);
        if (!(group in state.entries)) throw new NotFoundError(`The mapping has no entry for ${group}`);
        return [{ type: 'RoleMappingEntryRemoved', data: { group } }];
      }
      default: {
        const unknown: never = command;
        throw new Error(`Unknown command ${JSON.stringify(unknown)}`);
      }
    }
  },

  evolve(state, event) {
    switch (event.type) {
      case 'RoleMappingEntrySet':
        return { entries: { ...state.entries, [event.data.group]: event.data.roles } };
      case 'RoleMappingEntryRemoved': {
        const { [event.data.group]: _removed, ...entries } = state.entries;
        return { entries };
      }
      default: {
        const unknown: never = event;
        throw new Error(`Unknown event ${JSON.stringify(unknown)}`);
      }
    }
  },
};
