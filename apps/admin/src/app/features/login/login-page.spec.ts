import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import { ADMIN_USER, sentRequest, stubFetch, stubSingleSignOn } from '../../../testing/fetch-stub';
import { appConfig } from '../../app.config';
import { Session } from '../../core/auth/session';
import { SINGLE_SIGN_ON_ERRORS } from './login-page';

describe('LoginPage', () => {
  let harness: RouterTestingHarness;
  let page: HTMLElement;

  beforeEach(async () => {
    sessionStorage.clear();
    TestBed.configureTestingModule({ providers: appConfig.providers });
    harness = await RouterTestingHarness.create('/login');
    page = harness.routeNativeElement as HTMLElement;
  });

  function fillIn(label: string, value: string): void {
    const input = page.querySelector<HTMLInputElement>(`#${labelFor(label)}`);
    if (!input) throw new Error(`no input labelled ${label}`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
  }

  function labelFor(text: string): string {
    const label = [...page.querySelectorAll('label')].find((l) => l.textContent?.trim() === text);
    if (!label) throw new Error(`no label "${text}"`);
    return label.htmlFor;
  }

  async function submit(): Promise<void> {
    page.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
    await harness.fixture.whenStable();
  }

  it('signs in, stores the token in sessionStorage and goes home', async () => {
    const fetch = stubFetch({ data: { login: { token: 'tok-abc', user: ADMIN_USER } } }, { data: { me: ADMIN_USER } });

    fillIn('Email address', ' admin@example.gov.uk ');
    fillIn('Password', 'correct horse');
    await submit();

    const login = sentRequest(fetch);
    expect(login.query).toContain('login(email: $email, password: $password)');
    expect(login.variables).toEqual({ email: 'admin@example.gov.uk', password: 'correct horse' });
    expect(sessionStorage.getItem('governance-ledger.token')).toBe('tok-abc');
    expect(TestBed.inject(Session).user()).toEqual(ADMIN_USER);
    expect(TestBed.inject(Router).url).toBe('/');
  });

  it('shows the API’s error message and stores nothing when sign-in fails', async () => {
    stubFetch({ data: null, errors: [{ message: 'Invalid email or password.', extensions: { code: 'UNAUTHENTICATED' } }] });

    fillIn('Email address', 'admin@example.gov.uk');
    fillIn('Password', 'wrong');
    await submit();

    const alert = page.querySelector('[role=alert]');
    expect(alert?.textContent).toContain('Invalid email or password.');
    expect(sessionStorage.getItem('governance-ledger.token')).toBeNull();
    expect(TestBed.inject(Router).url).toBe('/login');
    expect(page.querySelector<HTMLInputElement>('#password')?.value).toBe('');
  });

  it('asks for the missing fields without calling the API', async () => {
    const fetch = stubFetch();

    await submit();

    expect(fetch).not.toHaveBeenCalled();
    expect(page.textContent).toContain('Enter your email address.');
    expect(page.textContent).toContain('Enter your password.');
    expect(page.querySelector('#email')?.getAttribute('aria-invalid')).toBe('true');
  });
});

describe('LoginPage: single sign-on', () => {
  async function open(url: string): Promise<{ harness: RouterTestingHarness; page: HTMLElement }> {
    const harness = await RouterTestingHarness.create(url);
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve));
      await harness.fixture.whenStable();
    }
    return { harness, page: harness.routeNativeElement as HTMLElement };
  }

  beforeEach(() => {
    sessionStorage.clear();
    TestBed.configureTestingModule({ providers: appConfig.providers });
  });

  it('offers "Sign in with" the provider when the API has one configured', async () => {
    stubFetch();
    stubSingleSignOn({ enabled: true, providerName: 'Example Council', loginPath: '/api/auth/oidc/login' });
    const { page } = await open('/login');
    const link = page.querySelector<HTMLAnchorElement>('a[data-sso]');
    expect(link?.textContent?.trim()).toBe('Sign in with Example Council');
    expect(link?.getAttribute('href')).toBe('/api/auth/oidc/login');
  });

  it('offers passwords only when single sign-on is off', async () => {
    stubFetch();
    const { page } = await open('/login');
    expect(page.querySelector('a[data-sso]')).toBeNull();
    expect(page.querySelector('#password')).not.toBeNull();
  });

  it('says in plain words why a single sign-on failed', async () => {
    stubFetch();
    const { page } = await open('/login?sso_error=unverified');
    expect(page.querySelector('[role=alert]')?.textContent).toContain(SINGLE_SIGN_ON_ERRORS['unverified']);
  });

  it('completes the hand-off at /login/sso: redeems the code once, wipes it from the address and goes home signed in', async () => {
    window.history.replaceState(null, '', '/login/sso#handoff=one-time-code');
    const fetch = stubFetch({ data: { completeSingleSignOn: { token: 'tok-sso', user: ADMIN_USER } } }, { data: { me: ADMIN_USER } });
    const { harness } = await open('/login/sso');
    expect(sentRequest(fetch).variables).toEqual({ handoff: 'one-time-code' });
    expect(window.location.hash).toBe('');
    expect(sessionStorage.getItem('governance-ledger.token')).toBe('tok-sso');
    expect(harness.routeNativeElement).toBeTruthy();
    expect(TestBed.inject(Router).url).toBe('/');
  });

  it('sends a refused hand-off back to the sign-in page with a plain message', async () => {
    window.history.replaceState(null, '', '/login/sso#handoff=used-code');
    stubFetch({
      data: null,
      errors: [{ message: 'This sign-in did not complete: sign in again', extensions: { code: 'UNAUTHENTICATED' } }],
    });
    const { page } = await open('/login/sso');
    expect(TestBed.inject(Router).url).toBe('/login?sso_error=handoff');
    expect(sessionStorage.getItem('governance-ledger.token')).toBeNull();
    expect(page).toBeTruthy();
  });
});
