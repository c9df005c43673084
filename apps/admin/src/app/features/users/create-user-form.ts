import { ChangeDetectionStrategy, Component, inject, output } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';

import { CommandFormComponent } from '../../shared/forms/command-form-component';
import { Field } from '../../shared/forms/field';
import { FocusOnOpen } from '../../shared/focus-on-open';
import { FormShell } from '../../shared/forms/form-shell';
import { PASSWORD_ERROR, PASSWORD_HINT, passwordValidators } from '../account/password-rules';
import { RoleChoice, chosenRoles, roleGroup } from './role-choice';
import { UserAccount, UsersData } from './users-data';

/** Creates a sign-in account with its roles and a first password the administrator passes on. */
@Component({
  selector: 'gl-create-user-form',
  imports: [ReactiveFormsModule, FormShell, Field, FocusOnOpen, RoleChoice],
  template: `
    <form
      glFormShell
      class="panel"
      [formGroup]="form"
      aria-labelledby="create-user-title"
      errorHeading="The user was not created"
      submitLabel="Create user"
      busyLabel="Creating…"
      [commandForm]="this"
    >
      <h2 glFormIntro id="create-user-title" glFocusOnOpen tabindex="-1">Create a user</h2>

      <gl-field label="Email address" hint="They sign in with it." error="Enter an email address like name&#64;example.gov.uk.">
        <input type="email" formControlName="email" autocomplete="off" spellcheck="false" />
      </gl-field>

      <gl-field label="Name" hint="As colleagues know them, e.g. Sam Patel." error="Enter their name.">
        <input type="text" formControlName="displayName" autocomplete="off" />
      </gl-field>

      <gl-role-choice [group]="form.controls.roles" idPrefix="new-user-role-" />

      <gl-field label="First password" [hint]="passwordHint" [error]="passwordError">
        <input type="password" formControlName="password" autocomplete="new-password" />
      </gl-field>

      <button glFormActions type="button" class="secondary" (click)="cancelled.emit()">Cancel</button>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CreateUserForm extends CommandFormComponent<UserAccount> {
  private readonly data = inject(UsersData);

  readonly cancelled = output<void>();

  protected readonly passwordHint = `${PASSWORD_HINT} Give it to them in person or by phone; they can change it once signed in.`;
  protected readonly passwordError = PASSWORD_ERROR;
  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    displayName: ['', Validators.required],
    roles: roleGroup(),
    password: ['', passwordValidators],
  });

  protected send(commandId: string): Promise<UserAccount> {
    const { email, displayName, password } = this.form.getRawValue();
    return this.data.create(commandId, {
      email: email.trim(),
      displayName: displayName.trim(),
      password,
      roles: chosenRoles(this.form.controls.roles),
    });
  }
}
