import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router } from '@angular/router';

import { Session } from '../../core/auth/session';
import { GraphqlError } from '../../core/graphql/graphql-error';

@Component({
  selector: 'gl-login-page',
  imports: [ReactiveFormsModule],
  templateUrl: './login-page.html',
  styleUrl: './login-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoginPage {
  private readonly session = inject(Session);
  private readonly router = inject(Router);

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required],
  });
  protected readonly submitting = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly notice = this.session.notice;

  protected async submit(): Promise<void> {
    if (this.submitting()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { email, password } = this.form.getRawValue();
    this.submitting.set(true);
    this.error.set(null);
    try {
      await this.session.signIn(email.trim(), password);
      await this.router.navigateByUrl('/');
    } catch (error) {
      this.error.set(
        error instanceof GraphqlError ? error.message : 'Sign-in failed unexpectedly. Please try again.',
      );
      this.form.controls.password.reset();
    } finally {
      this.submitting.set(false);
    }
  }

  protected showError(control: 'email' | 'password', error: string): boolean {
    const c = this.form.controls[control];
    return c.touched && c.hasError(error);
  }
}
