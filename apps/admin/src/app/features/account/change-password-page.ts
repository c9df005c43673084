import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { AbstractControl, NonNullableFormBuilder, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';
import { Router } from '@angular/router';

import { Session } from '../../core/auth/session';
import { CommandFormComponent } from '../../shared/forms/command-form-component';
import { Field } from '../../shared/forms/field';
import { FormShell } from '../../shared/forms/form-shell';
import { AccountData } from './account-data';
import { PASSWORD_ERROR, PASSWORD_HINT, passwordValidators } from './password-rules';
import { ProviderPasswordNotice, signsInThroughProviderOnly } from './provider-password-notice';

/** What the login page says once the password was changed and every session ended. */
export const PASSWORD_CHANGED_NOTICE =
  'Your password was changed and every session of your account has ended. Sign in with your new password.';

const sameAsNew = (control: AbstractControl): ValidationErrors | null => {
  const form = control.parent;
  return form && control.value !== form.get('newPassword')?.value ? { mismatch: true } : null;
};

/**
 * Every signed-in user with a password in the ledger changes it here, proving the current one. The
 * API ends every session of the account, this one too, so the user is sent to sign in again. An
 * account made through single sign-on has none (the API refuses the change): it is told where its
 * password is managed instead.
 */
@Component({
  selector: 'gl-change-password-page',
  imports: [ReactiveFormsModule, FormShell, Field, ProviderPasswordNotice],
  template: `
    <h1>Change my password</h1>
    @if (throughProviderOnly()) {
      <gl-provider-password-notice />
    } @else {
      <p class="lead">You will be signed out everywhere, here too, and sign in again with the new password.</p>

      <form
        glFormShell
        class="panel narrow"
        [formGroup]="form"
        legend="Your new password"
        errorHeading="Your password was not changed"
        submitLabel="Change password"
        busyLabel="Changing…"
        [commandForm]="this"
      >
        <gl-field label="Current password" error="Enter your current password.">
          <input type="password" formControlName="currentPassword" autocomplete="current-password" />
        </gl-field>
        <gl-field label="New password" [hint]="passwordHint" [error]="passwordError">
          <input type="password" formControlName="newPassword" autocomplete="new-password" />
        </gl-field>
        <gl-field label="New password again" error="Enter the same new password again.">
          <input type="password" formControlName="confirmation" autocomplete="new-password" />
        </gl-field>
      </form>
    }
  `,
  styles: `
    .narrow {
      max-width: 32rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChangePasswordPage extends CommandFormComponent<boolean> {
  private readonly data = inject(AccountData);
  private readonly session = inject(Session);
  private readonly router = inject(Router);

  protected readonly throughProviderOnly = computed(() => signsInThroughProviderOnly(this.session.user()));
  protected readonly passwordHint = PASSWORD_HINT;
  protected readonly passwordError = PASSWORD_ERROR;
  protected readonly form = inject(NonNullableFormBuilder).group({
    currentPassword: ['', Validators.required],
    newPassword: ['', passwordValidators],
    confirmation: ['', [Validators.required, sameAsNew]],
  });

  override submit(): Promise<boolean> {
    // The confirmation is checked against the new password as it is now.
    this.form.controls.confirmation.updateValueAndValidity();
    return super.submit();
  }

  protected send(): Promise<boolean> {
    const { currentPassword, newPassword } = this.form.getRawValue();
    return this.data.changeOwnPassword(currentPassword, newPassword);
  }

  protected override afterSaved(): void {
    // The API ended this session with the others: the token is no longer accepted.
    this.session.signOut(PASSWORD_CHANGED_NOTICE);
    void this.router.navigateByUrl('/login');
  }
}
