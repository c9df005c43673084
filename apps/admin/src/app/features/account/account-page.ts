import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';

import { Session } from '../../core/auth/session';
import { CalendarLink } from './calendar-link';
import { ProviderPasswordNotice, signsInThroughProviderOnly } from './provider-password-notice';
import { ReminderPreferencesPanel } from './reminder-preferences';

/**
 * The signed-in user's own page: how they sign in (the way to change their password, or, for an
 * account made through single sign-on, where it is managed), their calendar link and their email reminders.
 */
@Component({
  selector: 'gl-account-page',
  imports: [CalendarLink, ProviderPasswordNotice, ReminderPreferencesPanel, RouterLink],
  template: `
    <h1>My account</h1>
    @if (throughProviderOnly()) {
      <gl-provider-password-notice />
    } @else {
      <p class="lead" data-sign-in="password">Your password changes on <a routerLink="/account/password">Change my password</a>.</p>
    }
    <gl-calendar-link />
    <gl-reminder-preferences />
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccountPage {
  private readonly session = inject(Session);
  protected readonly throughProviderOnly = computed(() => signsInThroughProviderOnly(this.session.user()));
}
