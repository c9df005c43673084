import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';

import { AsOfBanner } from '../as-of/as-of-banner';
import { AsOfControl } from '../as-of/as-of-control';
import type { RegisterLoader } from './register-loader';

/**
 * The top of every register page: the "As at" control, the banner while a past state is shown,
 * why the register could not be loaded (message and code), and what the user's last change did.
 * Choosing an instant shows the register as at it; `asOfChange` lets the page close what it had
 * open for the instant it left.
 */
@Component({
  selector: 'gl-register-status',
  imports: [AsOfControl, AsOfBanner],
  template: `
    <gl-as-of-control [asOf]="register().asOf()" (asOfChange)="showAsOf($event)" />
    <gl-as-of-banner [asOf]="register().asOf()" />

    @if (register().error(); as error) {
      <div class="load-error" role="alert">
        <p>
          <strong>{{ subject() }} could not be loaded.</strong>
        </p>
        <p>
          {{ error.message }} <span class="code">({{ error.code }})</span>
        </p>
      </div>
    }
    <p class="notice" role="status" [hidden]="!register().notice()">{{ register().notice() }}</p>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RegisterStatus {
  readonly register = input.required<Pick<RegisterLoader<unknown>, 'asOf' | 'error' | 'notice' | 'showAsOf'>>();
  /** What failed to load, as a sentence starts: "The establishment". */
  readonly subject = input.required<string>();
  readonly asOfChange = output<string | null>();

  protected showAsOf(asOf: string | null): void {
    this.asOfChange.emit(asOf);
    void this.register().showAsOf(asOf);
  }
}
