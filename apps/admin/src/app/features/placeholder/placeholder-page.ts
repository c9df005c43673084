import { ChangeDetectionStrategy, Component, input } from '@angular/core';

import type { Area } from '../../areas';

/** Stands in for an area until its release lands; says so rather than showing sample data. */
@Component({
  selector: 'gl-placeholder-page',
  template: `
    <h1>{{ area().title }}</h1>
    <p>{{ area().summary }}</p>
    <p class="note arrives" role="note">Arrives with the {{ area().release ?? 'next' }} release.</p>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PlaceholderPage {
  /** Bound from the route's data by withComponentInputBinding(). */
  readonly area = input.required<Area>();
}
