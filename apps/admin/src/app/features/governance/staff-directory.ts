import { Injectable, inject } from '@angular/core';

import { GraphqlClient } from '../../core/graphql/graphql-client';
import { GovernanceAccess } from './governance-access';
import { GovernanceStaffDocument } from '../../generated/graphql';
import type { PersonRef } from './governance.types';

/**
 * The people committee members, conflicts and lesson actions can name. Only the workforce
 * readers may list staff (a COMMITTEE_MEMBER is FORBIDDEN); for everyone else, or when the
 * list cannot be had, the answer is null and the forms fall back to the people the page
 * already knows and a field for a staff member's id.
 */
@Injectable({ providedIn: 'root' })
export class StaffDirectory {
  private readonly graphql = inject(GraphqlClient);
  private readonly access = inject(GovernanceAccess);

  async load(asOf: string | null): Promise<PersonRef[] | null> {
    if (!this.access.listsStaff()) {
      return null;
    }
    try {
      const { staffMembers } = await this.graphql.execute(GovernanceStaffDocument, { asOf });
      return staffMembers.filter((person) => !person.erased);
    } catch {
      // The page works without the list: the pickers degrade as for a committee member.
      return null;
    }
  }

  /** A page's query and, when the page asks for them (`withStaff`), the staff, fetched together. */
  async alongside<T>(query: Promise<T>, asOf: string | null, withStaff: boolean): Promise<[T, PersonRef[] | null]> {
    return Promise.all([query, withStaff ? this.load(asOf) : Promise.resolve(null)]);
  }
}

/** Everyone named once, in the order first met; erased people cannot be chosen. */
export function knownPeople(...groups: readonly (readonly PersonRef[] | null | undefined)[]): PersonRef[] {
  const people = new Map<string, PersonRef>();
  for (const person of groups.flatMap((group) => group ?? [])) {
    if (!person.erased && !people.has(person.id)) {
      people.set(person.id, person);
    }
  }
  return [...people.values()];
}
