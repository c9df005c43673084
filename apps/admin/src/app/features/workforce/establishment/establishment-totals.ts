import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

import { formatFte } from '../../../shared/format/format';
import type { EstablishmentTotalsFragment as Totals } from '../../../generated/graphql';

/** The four FTE totals the HR lead reports against the staffing plan. */
@Component({
  selector: 'gl-establishment-totals',
  template: `
    <dl class="totals" aria-label="FTE totals">
      @for (total of items(); track total.key) {
        <div class="total" [attr.data-total]="total.key">
          <dt>{{ total.label }}</dt>
          <dd>{{ total.value }}</dd>
        </div>
      }
    </dl>
  `,
  styles: `
    .totals {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr));
      gap: 1rem;
      margin: 0 0 1.5rem;
    }
    .total {
      background: var(--surface);
      border: 1px solid var(--border);
      border-top: 5px solid var(--brand);
      padding: 0.75rem 1rem;
    }
    dt {
      color: var(--muted);
      font-weight: 700;
    }
    dd {
      margin: 0;
      font-size: 2rem;
      font-weight: 700;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EstablishmentTotals {
  readonly totals = input.required<Totals>();

  protected readonly items = computed(() => {
    const t = this.totals();
    return [
      { key: 'filled', label: 'Filled FTE', value: formatFte(t.filledFte) },
      { key: 'approved', label: 'Approved FTE', value: formatFte(t.approvedFte) },
      { key: 'proposed', label: 'Proposed FTE', value: formatFte(t.proposedFte) },
      { key: 'vacant', label: 'Vacant FTE', value: formatFte(t.vacantFte) },
    ];
  });
}
