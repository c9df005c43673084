import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';

import { DemoUsersPresentDocument } from '../generated/graphql';
import { GraphqlClient } from '../core/graphql/graphql-client';

/**
 * Says, on every page and before sign-in, that this ledger holds demo users whose password is
 * published: nobody should mistake it for the authority's real record.
 */
@Component({
  selector: 'gl-demo-banner',
  template: `
    @if (present()) {
      <p class="demo-banner" role="status">
        <strong>Demo data.</strong> This ledger holds the demo users, whose password is published: do not record real decisions or personal
        data here.
      </p>
    }
  `,
  styles: `
    .demo-banner {
      margin: 0;
      padding: 0.5rem 1rem;
      background: var(--notice);
      border-bottom: 3px solid var(--accent);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DemoBanner {
  private readonly graphql = inject(GraphqlClient);
  protected readonly present = signal(false);

  constructor() {
    this.graphql.execute(DemoUsersPresentDocument, {}).then(
      ({ demoUsersPresent }) => this.present.set(demoUsersPresent),
      () => this.present.set(false),
    );
  }
}
