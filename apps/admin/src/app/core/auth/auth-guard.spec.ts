import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import { ADMIN_USER, stubFetch } from '../../../testing/fetch-stub';
import { appConfig } from '../../app.config';
import { Session } from './session';
import { TokenStore } from './token-store';

describe('authGuard', () => {
  beforeEach(() => {
    sessionStorage.clear();
    TestBed.configureTestingModule({ providers: appConfig.providers });
  });

  it('sends a visitor without a token to /login without calling the API', async () => {
    const fetch = stubFetch();
    const harness = await RouterTestingHarness.create();

    await harness.navigateByUrl('/audit');

    expect(TestBed.inject(Router).url).toBe('/login');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('lets a user with a valid token in and remembers who they are', async () => {
    TestBed.inject(TokenStore).set('valid');
    stubFetch({ data: { me: ADMIN_USER } });
    const harness = await RouterTestingHarness.create();

    await harness.navigateByUrl('/');

    expect(TestBed.inject(Router).url).toBe('/');
    expect(TestBed.inject(Session).user()).toEqual(ADMIN_USER);
  });

  it('clears an expired token and sends the user to /login with a notice', async () => {
    TestBed.inject(TokenStore).set('expired');
    stubFetch({ data: null, errors: [{ message: 'Token expired', extensions: { code: 'UNAUTHENTICATED' } }] });
    const harness = await RouterTestingHarness.create();

    await harness.navigateByUrl('/');
    await harness.fixture.whenStable();

    expect(TestBed.inject(Router).url).toBe('/login');
    expect(sessionStorage.length).toBe(0);
    expect(TestBed.inject(TokenStore).token()).toBeNull();
    expect(harness.routeNativeElement?.textContent).toContain('Your session has ended');
  });

  it('keeps the token but goes to /login with the reason when the API cannot be reached', async () => {
    TestBed.inject(TokenStore).set('valid');
    stubFetch(new TypeError('Failed to fetch'));
    const harness = await RouterTestingHarness.create();

    await harness.navigateByUrl('/');
    await harness.fixture.whenStable();

    expect(TestBed.inject(Router).url).toBe('/login');
    expect(TestBed.inject(TokenStore).token()).toBe('valid');
    expect(harness.routeNativeElement?.textContent).toContain('could not be reached');
  });
});
