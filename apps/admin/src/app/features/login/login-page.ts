import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router } from '@angular/router';

import { Session } from '../../core/auth/session';
import { GraphqlError } from '../../core/graphql/graphql-error';
import { DemoBanner } from '../../shared/demo-banner';

@Component({
  selector: 'gl-login-page',
  imports: [DemoBanner, ReactiveFormsModule],
  template: `
    <gl-demo-banner />
    <main class="login" id="main">
      <h1>Governance Ledger</h1>
      <p class="lead">Sign in to record and review procurement governance decisions.</p>

      @if (notice(); as message) {
        <p class="notice" role="status">{{ message }}</p>
      }
      @if (error(); as message) {
        <div class="error-summary" role="alert" aria-labelledby="login-error-title">
          <h2 id="login-error-title">Sign-in failed</h2>
          <p>{{ message }}</p>
        </div>
      }

      <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <div class="field">
          <label for="email">Email address</label>
          @if (showError('email', 'required')) {
            <p class="field-error" id="email-error">Enter your email address.</p>
          } @else if (showError('email', 'email')) {
            <p class="field-error" id="email-error">Enter an email address like name&#64;example.gov.uk.</p>
          }
          <input
            id="email"
            type="email"
            formControlName="email"
            autocomplete="username"
            spellcheck="false"
            [attr.aria-invalid]="form.controls.email.touched && form.controls.email.invalid"
            [attr.aria-describedby]="form.controls.email.touched && form.controls.email.invalid ? 'email-error' : null"
          />
        </div>

        <div class="field">
          <label for="password">Password</label>
          @if (showError('password', 'required')) {
            <p class="field-error" id="password-error">Enter your password.</p>
          }
          <input
            id="password"
            type="password"
            formControlName="password"
            autocomplete="current-password"
            [attr.aria-invalid]="form.controls.password.touched && form.controls.password.invalid"
            [attr.aria-describedby]="form.controls.password.touched && form.controls.password.invalid ? 'password-error' : null"
          />
        </div>

        <button type="submit" [disabled]="submitting()">
          {{ submitting() ? 'Signing in…' : 'Sign in' }}
        </button>
      </form>
    </main>
  `,
  styles: `
    .login {
      max-width: 26rem;
      margin: 4rem auto;
      padding: 2rem;
      background: var(--surface);
      border: 1px solid var(--border);
    }

    h1 {
      margin-top: 0;
    }

    .lead {
      color: var(--muted);
    }

    .field {
      margin-bottom: 1.25rem;
    }

    label {
      display: block;
      font-weight: 700;
      margin-bottom: 0.25rem;
    }

    input {
      width: 100%;
    }

    input[aria-invalid='true'] {
      border-color: var(--error);
    }

    .field-error {
      color: var(--error);
      font-weight: 700;
      margin: 0 0 0.25rem;
    }

    .error-summary {
      border: 3px solid var(--error);
      padding: 0.75rem 1rem;
      margin-bottom: 1.5rem;
    }

    .error-summary h2 {
      font-size: 1.1rem;
      margin: 0 0 0.25rem;
    }

    .error-summary p {
      margin: 0;
    }

    .notice {
      border-left: 5px solid var(--accent);
      padding: 0.5rem 0.75rem;
      background: var(--notice);
    }
  `,
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
      this.error.set(error instanceof GraphqlError ? error.message : 'Sign-in failed unexpectedly. Please try again.');
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
