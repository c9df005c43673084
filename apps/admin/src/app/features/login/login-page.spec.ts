import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import { ADMIN_USER, sentRequest, stubFetch } from '../../../testing/fetch-stub';
import { appConfig } from '../../app.config';
import { Session } from '../../core/auth/session';

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
