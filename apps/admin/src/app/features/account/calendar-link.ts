import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';

import { GraphqlError } from '../../core/graphql/graphql-error';
import { FormAction } from '../../shared/forms/form-action';
import { FormError } from '../../shared/forms/form-error';
import { formatInstant } from '../../shared/format/format';
import { AccountData, IssuedCalendarLink } from './account-data';

type LinkState =
  { kind: 'loading' } | { kind: 'none' } | { kind: 'exists'; issuedAt: string } | { kind: 'issued'; link: IssuedCalendarLink };

/**
 * The signed-in user's calendar feed (ADR 0032): create a secret link to subscribe to from Outlook,
 * Google or Apple Calendar, copy it (it is shown once only), replace it, or revoke it.
 */
@Component({
  selector: 'gl-calendar-link',
  imports: [FormError],
  template: `
    <section class="panel" aria-labelledby="calendar-heading">
      <h2 id="calendar-heading">My calendar</h2>
      <p>
        Your dates (training, reviews and reports due, contract ends) in your own calendar app: subscribe to a secret link from Outlook,
        Google or Apple Calendar. Anyone who has the link sees these dates, so keep it to yourself.
      </p>
      @switch (state().kind) {
        @case ('loading') {
          <p role="status">Loading…</p>
        }
        @case ('none') {
          <p class="state">You have no calendar link.</p>
          <button type="button" (click)="issue()" [disabled]="busy()">Create calendar link</button>
        }
        @case ('exists') {
          <p class="state">
            Your calendar link was created on {{ issuedAtText() }}. It is shown only when it is created: if you no longer have it, create a
            new one (the old one stops working).
          </p>
          <div class="button-row">
            <button type="button" (click)="issue()" [disabled]="busy()">Create a new link</button>
            <button type="button" class="secondary" (click)="revoke()" [disabled]="busy()">Revoke link</button>
          </div>
        }
        @case ('issued') {
          <p class="state" role="status">Your new calendar link, shown this once only: copy it now into your calendar app.</p>
          <div class="field">
            <label for="calendar-url">Calendar link</label>
            <input id="calendar-url" type="text" readonly [value]="issuedUrl()" (focus)="select($event)" />
          </div>
          <div class="button-row">
            <button type="button" (click)="copy()" [disabled]="busy()">Copy link</button>
            <button type="button" class="secondary" (click)="revoke()" [disabled]="busy()">Revoke link</button>
          </div>
          @if (copied()) {
            <p role="status">Copied.</p>
          }
        }
      }
      <gl-form-error [error]="error()" heading="The calendar link was not changed" />
    </section>
  `,
  styles: `
    /* The whole link, wider than other fields: it is long and copied by eye as well as by button. */
    #calendar-url {
      max-width: 48rem;
      font-family: monospace;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CalendarLink {
  private readonly data = inject(AccountData);

  protected readonly state = signal<LinkState>({ kind: 'loading' });
  /** Loading the link's state, then issuing or revoking it. */
  protected readonly action = new FormAction();
  protected readonly busy = this.action.submitting;
  protected readonly error = this.action.error;
  protected readonly copied = signal(false);

  constructor() {
    void this.run(async () => {
      const issuedAt = await this.data.calendarLinkIssuedAt();
      this.state.set(issuedAt ? { kind: 'exists', issuedAt } : { kind: 'none' });
    });
  }

  protected issuedAtText(): string {
    const state = this.state();
    return state.kind === 'exists' ? formatInstant(state.issuedAt) : '';
  }

  protected issuedUrl(): string {
    const state = this.state();
    return state.kind === 'issued' ? state.link.url : '';
  }

  protected issue(): Promise<void> {
    return this.run(async () => {
      this.copied.set(false);
      this.state.set({ kind: 'issued', link: await this.data.issueCalendarLink() });
    });
  }

  protected revoke(): Promise<void> {
    return this.run(async () => {
      await this.data.revokeCalendarLink();
      this.copied.set(false);
      this.state.set({ kind: 'none' });
    });
  }

  protected async copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.issuedUrl());
      this.copied.set(true);
    } catch {
      // No clipboard (an insecure origin, or permission refused): the field stays there to copy by hand.
      this.action.fail(new GraphqlError('CLIPBOARD', 'The link could not be copied: select it and copy it yourself.'));
    }
  }

  protected select(event: Event): void {
    (event.target as HTMLInputElement).select();
  }

  private async run(work: () => Promise<void>): Promise<void> {
    const succeeded = await this.action.run(work);
    // A link whose state could not be loaded is offered afresh; the error says why.
    if (!succeeded && this.state().kind === 'loading') this.state.set({ kind: 'none' });
  }
}
