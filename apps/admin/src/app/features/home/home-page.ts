import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';

import { Session } from '../../core/auth/session';
import { Role, roleLabel } from '../../core/auth/user';
import { ROLE_GUIDE } from './role-guide';

@Component({
  selector: 'gl-home-page',
  imports: [RouterLink],
  templateUrl: './home-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HomePage {
  protected readonly user = inject(Session).user;

  protected readonly sections = computed(() =>
    (this.user()?.roles ?? [])
      .filter((role): role is Role => role in ROLE_GUIDE)
      .map((role) => ({ role, label: roleLabel(role), duties: ROLE_GUIDE[role] })),
  );
}
