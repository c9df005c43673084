import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

import { formatInstant } from '../format/format';

/** Says loudly that the page shows a past state and cannot be changed from here. */
@Component({
  selector: 'gl-as-of-banner',
  template: `
    <div role="status">
      @if (label(); as at) {
        <p class="as-of-banner">
          <strong>Showing the register as at {{ at }}.</strong>
          It is rebuilt from the events recorded up to then. Forms are disabled; the instant stays as you move between pages until you
          choose “Back to live data”.
        </p>
      }
    </div>
  `,
  styles: `
    .as-of-banner {
      border: 3px solid var(--text);
      border-left-width: 10px;
      background: var(--focus);
      padding: 0.75rem 1rem;
      margin: 0 0 1.5rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AsOfBanner {
  readonly asOf = input<string | null>(null);
  protected readonly label = computed(() => {
    const asOf = this.asOf();
    return asOf ? formatInstant(asOf) : null;
  });
}
