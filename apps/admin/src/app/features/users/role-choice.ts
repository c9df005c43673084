import { ChangeDetectionStrategy, Component, computed, input, signal, effect } from '@angular/core';
import { AbstractControl, FormControl, FormGroup, ReactiveFormsModule, ValidationErrors } from '@angular/forms';
import { ROLES } from '@ledger/shared-domain';

import type { Role } from '../../core/auth/user';
import { ROLE_LABELS } from '../../shared/enum-labels';
import { isInvalid } from '../../shared/forms/is-invalid';

/** One checkbox a role: what a user may do. */
export type RoleGroup = FormGroup<Record<Role, FormControl<boolean>>>;

/** What each role is for, in a few words, beside its checkbox. */
const ROLE_HINTS: Readonly<Record<Role, string>> = {
  ADMIN: 'manages users and their roles',
  HR_LEAD: 'keeps the establishment, skills matrix and training register',
  PROCUREMENT_LEAD: 'runs procurements, lessons, risks and the annual review',
  COMMITTEE_MEMBER: 'records gateway decisions',
  AUDITOR: 'reads everything, changes nothing',
  STAFF: 'sees their own training and records lessons',
  CONTRACT_MANAGER: 'reports on the contracts they manage',
};

const atLeastOneRole = (group: AbstractControl): ValidationErrors | null =>
  Object.values((group as RoleGroup).getRawValue()).some(Boolean) ? null : { noRole: true };

/** The role checkboxes, ticked for `roles`; invalid while none is ticked. */
export function roleGroup(roles: readonly Role[] = []): RoleGroup {
  const controls = Object.fromEntries(ROLES.map((role) => [role, new FormControl(roles.includes(role), { nonNullable: true })]));
  return new FormGroup(controls as Record<Role, FormControl<boolean>>, { validators: atLeastOneRole });
}

/** The roles ticked, in the order the roles are listed. */
export function chosenRoles(group: RoleGroup): Role[] {
  const value = group.getRawValue();
  return ROLES.filter((role) => value[role]);
}

/**
 * The roles of a user as a group of checkboxes with its legend; the error shows below them once
 * the user left the group (or tried to send the form) with none ticked.
 *
 *   <gl-role-choice [group]="form.controls.roles" idPrefix="new-user-role-" />
 */
@Component({
  selector: 'gl-role-choice',
  imports: [ReactiveFormsModule],
  template: `
    <fieldset class="roles" [formGroup]="group()" [attr.aria-describedby]="showError() ? idPrefix() + 'error' : null">
      <legend class="sub-legend">{{ legend() }}</legend>
      @for (role of roles; track role) {
        <div class="choice">
          <input type="checkbox" [id]="idPrefix() + role" [formControlName]="role" />
          <label [for]="idPrefix() + role"
            >{{ labels[role] }} <span class="muted">– {{ hints[role] }}</span></label
          >
        </div>
      }
      <!-- Below the boxes, so that it appears without moving the box the user is about to tick. -->
      @if (showError()) {
        <p class="field-error" [id]="idPrefix() + 'error'">Choose at least one role.</p>
      }
    </fieldset>
  `,
  styles: `
    .roles {
      border: none;
      padding: 0;
      margin: 0 0 1rem;
    }

    /* The checkbox stays beside its label, however narrow the screen. */
    .choice {
      flex-wrap: nowrap;
      align-items: flex-start;
    }

    .choice input {
      flex-shrink: 0;
      margin-top: 0.2rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RoleChoice {
  readonly group = input.required<RoleGroup>();
  readonly legend = input('Roles');
  /** Makes the checkbox ids unique on the page. */
  readonly idPrefix = input.required<string>();

  protected readonly roles = ROLES;
  protected readonly labels = ROLE_LABELS;
  protected readonly hints = ROLE_HINTS;

  /** Bumped by the group's events (touched, value), which are not signals. */
  private readonly groupEvents = signal(0);
  protected readonly showError = computed(() => {
    this.groupEvents();
    return isInvalid(this.group());
  });

  constructor() {
    effect((onCleanup) => {
      const subscription = this.group().events.subscribe(() => this.groupEvents.update((n) => n + 1));
      onCleanup(() => subscription.unsubscribe());
    });
  }
}
