import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';

import { FormError } from '../../shared/forms/form-error';
import { CommandState } from '../../shared/forms/command-state';
import { AuditData } from './audit-data';
import type { AuditVerification } from './audit.types';
import { InstantPipe } from '../../shared/format/format-pipes';

/** Walks the whole log on the API, re-deriving every hash, and says whether anything was altered. */
@Component({
  selector: 'gl-verify-panel',
  imports: [InstantPipe, FormError],
  template: `
    <p>
      Every event carries the hash of the one before it in its stream. Verifying walks the whole log and derives every hash again: an event
      altered or removed after it was recorded breaks the chain there.
    </p>
    <gl-form-error [error]="state.error()" heading="The record could not be verified" />
    <button type="button" [disabled]="state.submitting()" (click)="verify()">
      {{ state.submitting() ? 'Verifying…' : 'Verify the record' }}
    </button>
    <div role="status" class="outcome">
      @if (result(); as result) {
        @if (result.ok) {
          <p class="notice" data-verified="intact">
            <strong>{{ checked(result) }}, the chain is intact.</strong>
            Checked {{ result.checkedAt | instant }}.
          </p>
        }
      }
    </div>
    @if (result(); as result) {
      @if (!result.ok) {
        <div class="load-error broken" role="alert" data-verified="broken">
          <p>
            <strong>The chain is broken at position {{ result.firstBrokenPosition ?? 'unknown' }}.</strong>
          </p>
          <p>{{ result.reason ?? 'The API gave no reason.' }}</p>
          <p class="muted">{{ checked(result) }}; checked {{ result.checkedAt | instant }}.</p>
        </div>
      }
    }
  `,
  styles: `
    .outcome,
    .broken {
      margin-top: 1rem;
    }
    .broken {
      border-left-width: 10px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class VerifyPanel {
  private readonly data = inject(AuditData);

  protected readonly state = new CommandState();
  protected readonly result = signal<AuditVerification | null>(null);
  protected readonly checked = (result: AuditVerification) =>
    `${result.eventsChecked} ${result.eventsChecked === 1 ? 'event' : 'events'} checked`;

  protected verify(): Promise<boolean> {
    this.result.set(null);
    return this.state.run(async () => this.result.set(await this.data.verify()));
  }
}
