import { Router } from '@angular/router';
import { TestBed } from '@angular/core/testing';

import { Session } from '../../core/auth/session';
import { TokenStore } from '../../core/auth/token-store';
import { STAFF_USER, queueAnswers, sentRequest } from '../../../testing/fetch-stub';
import { PageHarness } from '../../../testing/page-harness';
import { PASSWORD_CHANGED_NOTICE } from './change-password-page';

describe('ChangePasswordPage', () => {
  it('changes the password, then ends the session and sends the user to sign in again', async () => {
    const page = await PageHarness.open('/account/password', STAFF_USER);

    page.fill('Current password', 'the old password');
    page.fill('New password', 'a brand new password');
    page.fill('New password again', 'a brand new password');
    queueAnswers({ data: { changeOwnPassword: true } });
    await page.submit('Your new password');

    expect(sentRequest(page.fetch, 1).variables).toEqual({ currentPassword: 'the old password', newPassword: 'a brand new password' });
    expect(TestBed.inject(TokenStore).token()).toBeNull();
    expect(TestBed.inject(Session).notice()).toBe(PASSWORD_CHANGED_NOTICE);
    expect(TestBed.inject(Router).url).toBe('/login');
  });

  it('refuses a confirmation that differs, and shows the API’s refusal of a wrong current password', async () => {
    const page = await PageHarness.open('/account/password', STAFF_USER);

    page.fill('Current password', 'not my password');
    page.fill('New password', 'a brand new password');
    page.fill('New password again', 'a different password');
    await page.submit('Your new password');
    expect(page.text('form')).toContain('Enter the same new password again.');
    expect(page.fetch).toHaveBeenCalledTimes(1);

    page.fill('New password again', 'a brand new password');
    queueAnswers({ errors: [{ message: 'The current password is not right', extensions: { code: 'UNAUTHENTICATED' } }] });
    await page.submit('Your new password');

    expect(page.text('form [role=alert]')).toContain('The current password is not right');
    expect(TestBed.inject(TokenStore).token()).toBe('valid');
  });
});
