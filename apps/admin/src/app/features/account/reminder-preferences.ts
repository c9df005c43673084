import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';

import { GraphqlClient } from '../../core/graphql/graphql-client';
import { GraphqlError, asGraphqlError } from '../../core/graphql/graphql-error';
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
        <fieldset [disabled]="busy()">
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
        @if (saved()) {
          <p role="status">Saved.</p>
        }
      } @else if (!error()) {
        <p role="status">Loading…</p>
      }
      <gl-form-error [error]="error()" heading="Your reminder settings were not changed" />
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
  protected readonly busy = signal(false);
  protected readonly saved = signal(false);
  protected readonly error = signal<GraphqlError | null>(null);

  constructor() {
    void this.run(async () => this.preferences.set((await this.graphql.execute(MyReminderPreferencesDocument, {})).myReminderPreferences));
  }

  protected toggle(kind: Kind, event: Event): Promise<void> {
    const current = this.preferences();
    const box = event.target as HTMLInputElement;
    if (!current) return Promise.resolve();
    const input = { dailyDigest: current.dailyDigest, decisionRequests: current.decisionRequests, [kind]: box.checked };
    return this.run(async () => {
      try {
        this.preferences.set((await this.graphql.execute(SetMyReminderPreferencesDocument, { input })).setMyReminderPreferences);
        this.saved.set(true);
      } catch (failure) {
        // Refused: the box goes back to what is recorded (the binding did not change, so set it here).
        box.checked = current[kind];
        throw failure;
      }
    });
  }

  private async run(work: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    this.saved.set(false);
    this.error.set(null);
    try {
      await work();
    } catch (failure) {
      this.error.set(asGraphqlError(failure));
    } finally {
      this.busy.set(false);
    }
  }
}
