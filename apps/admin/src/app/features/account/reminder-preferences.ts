import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';

import { GraphqlClient } from '../../core/graphql/graphql-client';
import { FormAction } from '../../shared/forms/form-action';
import { FormError } from '../../shared/forms/form-error';
import { MyReminderPreferencesDocument, MyReminderPreferencesQuery, SetMyReminderPreferencesDocument } from '../../generated/graphql';

type Preferences = MyReminderPreferencesQuery['myReminderPreferences'];
type Kind = 'dailyDigest' | 'decisionRequests';

/**
 * The signed-in user's reminders by email (ADR 0031): each kind is on until they turn it off, and
 * each change is recorded. When the installation sends no mail the choices are still kept, and the
 * page says that nothing is sent.
 */
@Component({
  selector: 'gl-reminder-preferences',
  imports: [FormError],
  template: `
    <section class="panel" aria-labelledby="reminders-heading">
      <h2 id="reminders-heading">Reminders by email</h2>
      @if (preferences(); as chosen) {
        @if (!chosen.mailEnabled) {
          <p class="state">This installation sends no email yet: your choices are kept for when it does.</p>
        }
        <fieldset [disabled]="action.submitting()">
          <legend>Send me</legend>
          <label>
            <input type="checkbox" [checked]="chosen.dailyDigest" (change)="toggle('dailyDigest', $event)" />
            A daily digest of what is due or overdue in my work
          </label>
          <label>
            <input type="checkbox" [checked]="chosen.decisionRequests" (change)="toggle('decisionRequests', $event)" />
            A message as soon as a gateway review awaits my decision
          </label>
        </fieldset>
        @if (action.done(); as done) {
          <p role="status">{{ done }}</p>
        }
      } @else if (!action.error()) {
        <p role="status">Loading…</p>
      }
      <gl-form-error [error]="action.error()" heading="Your reminder settings were not changed" />
    </section>
  `,
  styles: `
    fieldset {
      border: none;
      padding: 0;
    }
    label {
      display: block;
      margin: 0.25rem 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReminderPreferencesPanel {
  private readonly graphql = inject(GraphqlClient);

  protected readonly preferences = signal<Preferences | null>(null);
  /** Loading the choices, then each change of one. */
  protected readonly action = new FormAction();

  constructor() {
    void this.action.run(async () =>
      this.preferences.set((await this.graphql.execute(MyReminderPreferencesDocument, {})).myReminderPreferences),
    );
  }

  protected async toggle(kind: Kind, event: Event): Promise<void> {
    const current = this.preferences();
    const box = event.target as HTMLInputElement;
    if (!current) return;
    const input = { dailyDigest: current.dailyDigest, decisionRequests: current.decisionRequests, [kind]: box.checked };
    const saved = await this.action.run(
      async () => this.preferences.set((await this.graphql.execute(SetMyReminderPreferencesDocument, { input })).setMyReminderPreferences),
      'Saved.',
    );
    // Refused: the box goes back to what is recorded (the binding did not change, so set it here).
    if (!saved) box.checked = current[kind];
  }
}
