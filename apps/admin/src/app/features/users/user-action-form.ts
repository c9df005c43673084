import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, output } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';

import { CommandFormComponent } from '../../shared/forms/command-form-component';
import { Field } from '../../shared/forms/field';
import { FocusOnOpen } from '../../shared/focus-on-open';
import { FormShell } from '../../shared/forms/form-shell';
import { PASSWORD_ERROR, PASSWORD_HINT, passwordValidators } from '../account/password-rules';
import { RoleChoice, chosenRoles, roleGroup } from './role-choice';
import { USER_ACTION_DONE, USER_ACTION_LABELS, UserAction } from './user-actions';
import { UserAccount, UsersData } from './users-data';

const SUBMIT_LABELS: Readonly<Record<UserAction, string>> = {
  roles: 'Save roles',
  password: 'Set password',
  disable: 'Disable user',
  enable: 'Enable user',
};

const DISABLE_HINT =
  'For example left the authority, or a suspected compromise. They can no longer sign in; what they did stays on the record.';

/** One administrator action on one account: change its roles, reset its password, disable or enable it. */
@Component({
  selector: 'gl-user-action-form',
  imports: [ReactiveFormsModule, FormShell, Field, FocusOnOpen, RoleChoice],
  template: `
    <form
      glFormShell
      class="panel"
      [formGroup]="form"
      aria-labelledby="user-action-title"
      [errorHeading]="'The user was not ' + outcome()"
      [submitLabel]="submitLabel()"
      busyLabel="Saving…"
      [warning]="action() === 'disable'"
      [commandForm]="this"
    >
      <h2 glFormIntro id="user-action-title" glFocusOnOpen tabindex="-1">{{ label() }}: {{ user().displayName }}</h2>

      @switch (action()) {
        @case ('roles') {
          <p class="hint">The new roles apply from their next request; they need not sign in again.</p>
          <gl-role-choice [group]="form.controls.roles" idPrefix="user-role-" />
        }
        @case ('password') {
          <p class="hint">Every session they have ends. Give them the new password in person or by phone.</p>
          <gl-field label="New password" [hint]="passwordHint" [error]="passwordError">
            <input type="password" formControlName="password" autocomplete="new-password" />
          </gl-field>
        }
        @case ('disable') {
          <gl-field label="Reason" [hint]="disableHint" error="Enter the reason.">
            <textarea rows="2" formControlName="reason"></textarea>
          </gl-field>
        }
        @case ('enable') {
          <p class="hint">
            They sign in with their password as it was, unless you reset it. Sessions from before the disabling stay ended.
          </p>
          <gl-field label="Reason" hint="For example back from a secondment, or disabled by mistake." error="Enter the reason.">
            <textarea rows="2" formControlName="reason"></textarea>
          </gl-field>
        }
      }

      <button glFormActions type="button" class="secondary" (click)="cancelled.emit()">Cancel</button>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UserActionForm extends CommandFormComponent<UserAccount> implements OnInit {
  private readonly data = inject(UsersData);
  private readonly fb = inject(NonNullableFormBuilder);

  readonly user = input.required<UserAccount>();
  readonly action = input.required<UserAction>();
  readonly cancelled = output<void>();

  protected readonly passwordHint = PASSWORD_HINT;
  protected readonly passwordError = PASSWORD_ERROR;
  protected readonly disableHint = DISABLE_HINT;
  protected readonly form = this.fb.group({
    roles: roleGroup(),
    password: [''],
    reason: [''],
  });
  // A refused change keeps what was chosen, so it can be corrected.
  protected override readonly submitOptions = { reset: false };

  protected readonly label = computed(() => USER_ACTION_LABELS[this.action()]);
  protected readonly outcome = computed(() => USER_ACTION_DONE[this.action()]);
  protected readonly submitLabel = computed(() => SUBMIT_LABELS[this.action()]);

  ngOnInit(): void {
    // The roles start as they are; the page opens a fresh form for another user or action.
    this.form.setControl('roles', roleGroup(this.user().roles));
  }

  override submit(): Promise<boolean> {
    this.requireFields();
    return super.submit();
  }

  protected send(commandId: string): Promise<UserAccount> {
    const user = this.user();
    const action = this.action();
    const { password, reason } = this.form.getRawValue();
    switch (action) {
      case 'roles':
        return this.data.changeRoles(user.id, chosenRoles(this.form.controls.roles));
      case 'password':
        return this.data.resetPassword(user.id, password);
      case 'disable':
        return this.data.disable(commandId, user.id, reason.trim());
      case 'enable':
        return this.data.enable(commandId, user.id, reason.trim());
      default: {
        const unknown: never = action;
        throw new Error(`Unknown user action ${String(unknown)}`);
      }
    }
  }

  private requireFields(): void {
    const { roles, password, reason } = this.form.controls;
    const action = this.action();
    password.setValidators(action === 'password' ? passwordValidators : null);
    reason.setValidators(action === 'disable' || action === 'enable' ? Validators.required : null);
    password.updateValueAndValidity();
    reason.updateValueAndValidity();
    // Roles only matter when they are what changes.
    if (action === 'roles') roles.enable();
    else roles.disable();
  }
}
