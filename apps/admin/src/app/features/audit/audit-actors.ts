import { Injectable, computed, inject } from '@angular/core';

import { RegisterLoader } from '../../shared/register/register-loader';
import { AuditData } from './audit-data';
import type { EventNames } from './describe-event';

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
  private readonly people = computed(
    () => new Map((this.subjects.value()?.staffMembers ?? []).map((p) => [p.id, p.erased ? ERASED_PERSON : p.displayName])),
  );
  private readonly procurements = computed(() => new Map((this.subjects.value()?.procurements ?? []).map((p) => [p.id, p.title])));
  /** The event types the ledger records (the API's eventTypes), to pick from. */
  readonly eventTypes = computed(() => this.subjects.value()?.eventTypes ?? []);
  /** What the sentences and subject links name by id. */
  readonly eventNames: EventNames = {
    person: (id) => this.people().get(id) ?? null,
    procurement: (id) => this.procurements().get(id) ?? null,
    user: (id) => this.names().get(id) ?? null,
  };

  constructor() {
    void this.subjects.reload();
  }

  /** Who acted, by name; the id while the users are not known (or for an actor that is no user). */
  nameOf(actorId: string | null | undefined): string | null {
    return actorId ? (this.names().get(actorId) ?? actorId) : null;
  }

  /** Who acted in an event: the name the API gave, else as the users list names them. */
  actorOf(event: { actorId: string | null; actorName?: string | null }): string | null {
    return event.actorName ?? this.nameOf(event.actorId);
  }
}
