import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { ActivatedRoute, Router } from '@angular/router';

import { Session } from '../../core/auth/session';
import { GraphqlClient } from '../../core/graphql/graphql-client';
import { GraphqlError } from '../../core/graphql/graphql-error';
import { SingleSignOnDocument, SingleSignOnQuery } from '../../generated/graphql';
import { DemoBanner } from '../../shared/demo-banner';

/** What a failed single sign-on tells the person (the API's callback names the failure in `sso_error`). */
export const SINGLE_SIGN_ON_ERRORS: Readonly<Record<string, string>> = {
  denied: 'Signing in with your organisation’s account was cancelled or refused. Try again, or ask your administrator.',
  expired: 'The sign-in took too long or was started in another window. Please try again.',
  failed: 'The sign-in could not be completed. Please try again; if it keeps failing, tell your administrator.',
  unverified:
    'Your organisation’s account did not confirm your email address, so the ledger cannot tell who you are. Ask your administrator.',
  refused: 'This account cannot sign in. Ask an administrator.',
  handoff: 'The sign-in did not complete. Please sign in again.',
};

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

      @if (singleSignOn(); as sso) {
        <a class="sso-button" [href]="sso.loginPath" data-sso>Sign in with {{ sso.providerName }}</a>
        <p class="or"><span>or sign in with a password</span></p>
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

    .sso-button {
      display: block;
      text-align: center;
      padding: 0.6rem 1rem;
      border: 2px solid var(--accent);
      background: var(--accent);
      color: var(--surface);
      font-weight: 700;
      text-decoration: none;
    }

    .sso-button:focus-visible {
      outline: 3px solid var(--focus, #fd0);
      outline-offset: 2px;
    }

    .or {
      text-align: center;
      color: var(--muted);
      margin: 1.25rem 0;
    }

    .notice {
      border-left: 5px solid var(--accent);
      padding: 0.5rem 0.75rem;
      background: var(--notice);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoginPage implements OnInit {
  private readonly session = inject(Session);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly graphql = inject(GraphqlClient);

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required],
  });
  protected readonly submitting = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly notice = this.session.notice;
  /** The identity provider's button, when the API has one configured. */
  protected readonly singleSignOn = signal<{ providerName: string; loginPath: string } | null>(null);

  async ngOnInit(): Promise<void> {
    const failure = this.route.snapshot.queryParamMap.get('sso_error');
    if (failure) this.error.set(SINGLE_SIGN_ON_ERRORS[failure] ?? SINGLE_SIGN_ON_ERRORS['failed']);
    try {
      const { singleSignOn } = await this.graphql.execute(SingleSignOnDocument, {});
      this.singleSignOn.set(offered(singleSignOn));
    } catch {
      // Without an answer the page offers passwords only, as it did before single sign-on.
    }
  }

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

function offered(sso: SingleSignOnQuery['singleSignOn']): { providerName: string; loginPath: string } | null {
  return sso.enabled && sso.loginPath
    ? { providerName: sso.providerName ?? 'your organisation’s account', loginPath: sso.loginPath }
    : null;
}
