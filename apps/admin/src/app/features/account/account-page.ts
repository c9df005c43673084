import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';

import { CalendarLink } from './calendar-link';
import { ReminderPreferencesPanel } from './reminder-preferences';

/** The signed-in user's own page: their calendar link, their email reminders, and the way to change their password. */
@Component({
  selector: 'gl-account-page',
  imports: [CalendarLink, ReminderPreferencesPanel, RouterLink],
  template: `
    <h1>My account</h1>
    <p class="lead">Your password changes on <a routerLink="/account/password">Change my password</a>.</p>
    <gl-calendar-link />
    <gl-reminder-preferences />
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccountPage {}
