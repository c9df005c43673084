import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';

import type { Area } from '../../areas';
import { roleLabel } from '../../shared/enum-labels';

/**
 * What someone sees on a page their roles do not let them use (a bookmark, a shared link): the
 * page's name, who it is for, and what to do next, instead of a page of refusals from the API.
 */
@Component({
  selector: 'gl-no-access',
  imports: [RouterLink],
  template: `
    <h1>{{ area().title }}</h1>
    <div class="notice no-access" role="note">
      <p><strong>You do not have access to this page.</strong></p>
      <p>It is for {{ audience() }}. {{ yours() }}</p>
      <p>If your work needs it, ask an administrator for one of those roles.</p>
    </div>
    <p><a routerLink="/">Go to your home page</a> to see the pages you can use.</p>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NoAccess {
  readonly area = input.required<Area>();
  readonly roles = input<readonly string[]>([]);

  protected readonly audience = computed(() => {
    const audience = this.area().audience;
    return `people with the ${audience.length === 1 ? 'role' : 'roles'} ${listInWords(audience.map((role) => roleLabel(role)))}`;
  });
  protected readonly yours = computed(() => {
    const roles = this.roles();
    return roles.length
      ? `Your ${roles.length === 1 ? 'role is' : 'roles are'} ${listInWords(roles.map((role) => roleLabel(role)))}.`
      : 'You have no role yet.';
  });
}

/** "A, B and C". */
function listInWords(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
