import { Injectable, computed, inject } from '@angular/core';

import { RegisterLoader } from '../../shared/register/register-loader';
import { AuditData } from './audit-data';

/** How the history names someone whose personal data was erased (as the staff registers do). */
export const ERASED_PERSON = 'Erased person';

/**
 * The procurements, people and users the audit page names, loaded once for the whole page
 * (provided by it): the timelines pick from them, and the history shows who acted by name
 * instead of a user id. The API lets auditors and administrators list users, as it lets them read
 * the history.
 */
@Injectable()
export class AuditActors {
  private readonly data = inject(AuditData);

  readonly subjects = new RegisterLoader(() => this.data.subjects());
  /** Users by id, by name: an erased one as "Erased person". */
  readonly users = computed(() =>
    (this.subjects.value()?.users ?? []).map((u) => ({ id: u.id, name: u.erased ? ERASED_PERSON : u.displayName })),
  );
  private readonly names = computed(() => new Map(this.users().map((u) => [u.id, u.name])));

  constructor() {
    void this.subjects.reload();
  }

  /** Who acted, by name; the id while the users are not known (or for an actor that is no user). */
  nameOf(actorId: string | null | undefined): string | null {
    return actorId ? (this.names().get(actorId) ?? actorId) : null;
  }
}
