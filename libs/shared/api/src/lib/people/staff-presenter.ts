import { Injectable } from '@nestjs/common';
import { PersonalDataVault } from '@ledger/event-store-core';
import { PersonDoc, StaffMemberType } from './staff-member.type';

export const ERASED_NAME = 'Erased person';

/**
 * Opens people's sealed names and emails for display. A person whose key was destroyed shows as
 * erased in every answer, live or as of any past instant, since nothing can open their data.
 */
@Injectable()
export class StaffPresenter {
  constructor(private readonly vault: PersonalDataVault) {}

  async present(people: readonly PersonDoc[]): Promise<Map<string, StaffMemberType>> {
    const opened = await this.vault.openAll(people.flatMap((p) => (p.erased ? [null, null] : [p.displayName, p.email])));
    const result = new Map<string, StaffMemberType>();
    people.forEach((person, i) => {
      const [displayName, email] = [opened[2 * i], opened[2 * i + 1]];
      const erased = person.erased || displayName === undefined;
      result.set(person.id, {
        id: person.id,
        displayName: erased ? ERASED_NAME : (displayName as string),
        email: erased ? null : (email ?? null),
        jobTitle: person.jobTitle,
        department: person.department,
        erased,
      });
    });
    return result;
  }
}
