import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';

import { Session } from '../../core/auth/session';
import { Role, roleLabel } from '../../core/auth/user';
import { ROLE_GUIDE } from './role-guide';

@Component({
  selector: 'gl-home-page',
  imports: [RouterLink],
  template: `
    @if (user(); as user) {
      <h1>Welcome, {{ user.displayName }}</h1>
      <p>
        Governance Ledger records every workforce, gateway, lessons, risk and review decision as an event, so any register can be replayed
        and checked later. The workforce registers (establishment, skills matrix and training register), gateway decisions, lessons learned,
        strategic risks, the annual review and audit are all ready.
      </p>

      <h2>What you can do</h2>
      @for (section of sections(); track section.role) {
        <section [attr.aria-labelledby]="'role-' + section.role">
          <h3 [id]="'role-' + section.role">As {{ section.label }}</h3>
          <ul>
            @for (duty of section.duties; track duty.text) {
              <li>
                {{ duty.text }}
                @if (duty.area; as area) {
                  <a [routerLink]="'/' + area.path">{{ area.title }}</a>
                }
              </li>
            }
          </ul>
        </section>
      } @empty {
        <p>Your account has no roles yet. Ask an administrator to give you one.</p>
      }
    }
  `,
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
