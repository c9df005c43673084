import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';

import { AsOfBanner } from '../as-of/as-of-banner';
import { AsOfControl } from '../as-of/as-of-control';
import { AsAtInstant } from '../../core/as-at/as-at-instant';
import { visibleCode } from '../../core/graphql/graphql-error';
import type { RegisterLoader } from './register-loader';
import { inPlainWords } from '../plain-words';

/**
 * The top of every register page: the "As at" control, the banner while a past state is shown,
 * why the register could not be loaded (the message, and the code of a technical failure), and what the user's last change did.
 * Choosing an instant puts it in the address (AsAtInstant), which the page's loader follows;
 * `asOfChange` lets the page close what it had open for the instant it left.
 */
@Component({
  selector: 'gl-register-status',
  imports: [AsOfControl, AsOfBanner],
  template: `
    <gl-as-of-control [asOf]="register().asOf()" (asOfChange)="showAsOf($event)" />
    <gl-as-of-banner [asOf]="register().asOf()" />
    @if (addressProblem(); as problem) {
      <p class="note as-at-problem" role="status">
        {{ problem }}
        <button type="button" class="link" (click)="showAsOf(null)">Back to live data</button>
      </p>
    }

    @if (register().error(); as error) {
      <div class="load-error" role="alert">
        <p>
          <strong>{{ subject() }} could not be loaded.</strong>
        </p>
        <p>
          {{ plain(error.message) }}
          @if (codeOf(error); as code) {
            <span class="code">({{ code }})</span>
          }
        </p>
      </div>
    }
    <p class="notice" role="status" [hidden]="!register().notice()">{{ register().notice() }}</p>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RegisterStatus {
  /** The message with any enum codes named as people name them. */
  protected readonly plain = inPlainWords;
  readonly register = input.required<Pick<RegisterLoader<unknown>, 'asOf' | 'error' | 'notice' | 'showAsOf'>>();
  /** What failed to load, as a sentence starts: "The establishment". */
  readonly subject = input.required<string>();
  readonly asOfChange = output<string | null>();
  /** A refusal's message speaks for itself; only a technical failure shows its code. */
  protected readonly codeOf = visibleCode;
  private readonly asAt = inject(AsAtInstant);
  /** The address asked for an instant that is not one: said here, and live data shown. */
  protected readonly addressProblem = this.asAt.problem;

  protected showAsOf(asOf: string | null): void {
    this.asOfChange.emit(asOf);
    void this.asAt.show(asOf);
  }
}
