import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';

import { type GraphqlError, visibleCode } from '../../core/graphql/graphql-error';
import { inPlainWords } from '../plain-words';

/** What a CONFLICT means for the user, unless the form says it for its own record. */
export const CONFLICT_ADVICE = 'Someone changed this record since the page loaded. Reload to see the latest and try again.';

/**
 * The API's answer to a failed command, next to the form that sent it: its message, with its
 * `extensions.code` only for a technical failure (see visibleCode; the code is always on
 * `data-code`). A CONFLICT (the record changed since the page loaded) gets the
 * `conflict` wording and a reload button, since retrying the same form cannot succeed.
 */
@Component({
  selector: 'gl-form-error',
  template: `
    @if (error(); as e) {
      <div class="form-error" role="alert" [attr.data-code]="e.code">
        @if (isConflict()) {
          <p>
            <strong>{{ conflict() }}</strong>
          </p>
          <p class="detail">
            {{ plain(e.message) }}
            @if (code(); as code) {
              <span class="code">({{ code }})</span>
            }
          </p>
          <button type="button" class="secondary" (click)="reload.emit()">Reload</button>
        } @else {
          <p>
            <strong>{{ heading() }}</strong>
          </p>
          <p class="detail">
            {{ plain(e.message) }}
            @if (code(); as code) {
              <span class="code">({{ code }})</span>
            }
          </p>
        }
      </div>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FormError {
  /** The message with any enum codes named as people name them ("Auditor", not AUDITOR). */
  protected readonly plain = inPlainWords;
  readonly error = input<GraphqlError | null>(null);
  readonly heading = input('This was not recorded');
  readonly conflict = input(CONFLICT_ADVICE);
  readonly reload = output<void>();

  protected readonly isConflict = computed(() => this.error()?.code === 'CONFLICT');
  /** A rule's refusal speaks for itself; only a technical failure shows its code. */
  protected readonly code = computed(() => {
    const error = this.error();
    return error ? visibleCode(error) : null;
  });
}
