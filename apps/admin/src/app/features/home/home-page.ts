import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';

import { Session } from '../../core/auth/session';
import { Role, roleLabel } from '../../core/auth/user';
import { loadRegister } from '../../shared/register/register-loader';
import { HomeData } from './home-data';
import { ContractFigures, RiskFigures, WorkforceFigures } from './role-figures';
import { ROLE_GUIDE } from './role-guide';
import { WORK_KIND_LABELS, dueWording, workItemLink } from './work-items';

/**
 * Each person's start of the day: what they must act on (their `myWork`, overdue first), each
 * item linking to the page where it is done; then their roles' headline figures and what each
 * role is for.
 */
@Component({
  selector: 'gl-home-page',
  imports: [RouterLink, WorkforceFigures, RiskFigures, ContractFigures],
  template: `
    @if (user(); as user) {
      <h1>Welcome, {{ user.displayName }}</h1>

      <section aria-labelledby="your-work">
        <h2 id="your-work">Your work</h2>
        @if (work.error(); as error) {
          <p role="alert">Your work could not be loaded: {{ error.message }}</p>
        } @else if (items(); as items) {
          @if (items.length === 0) {
            <p>Nothing needs you today.</p>
          } @else {
            <p>
              {{ items.length }} {{ items.length === 1 ? 'item needs' : 'items need' }} you{{
                overdueCount() ? ', ' + overdueCount() + ' of them overdue' : ''
              }}.
            </p>
            <ul class="work-list">
              @for (item of items; track item.kind + item.subjectId + item.title) {
                <li class="work-item" [class.overdue]="item.overdue">
                  <span class="kind">{{ item.kindLabel }}</span>
                  @if (item.link; as link) {
                    <a [routerLink]="link.path">{{ item.title }}</a>
                  } @else {
                    <strong>{{ item.title }}</strong>
                  }
                  <span class="due" [class.overdue-text]="item.overdue">{{ item.due }}</span>
                </li>
              }
            </ul>
          }
        } @else {
          <p>Loading your work…</p>
        }
      </section>

      <!-- The figures and their charts (ECharts) load once the work list is shown. -->
      @defer {
        @if (hasRole('HR_LEAD')) {
          <gl-workforce-figures />
        }
        @if (hasRole('PROCUREMENT_LEAD')) {
          <gl-risk-figures />
        }
        @if (hasRole('CONTRACT_MANAGER')) {
          <gl-contract-figures />
        }
      }

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
  styles: `
    .work-list {
      list-style: none;
      padding: 0;
      margin: 0 0 1.5rem;
    }
    .work-item {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
      align-items: baseline;
      padding: 0.5rem 0.75rem;
      margin-bottom: 0.5rem;
      background: var(--surface);
      border-left: 5px solid var(--border);
      overflow-wrap: anywhere;
    }
    .work-item.overdue {
      border-left-color: var(--error);
    }
    .kind {
      flex: 1 0 100%;
      font-size: 0.875rem;
      color: var(--muted);
    }
    .work-item a {
      font-weight: 700;
    }
    .overdue-text {
      color: #942514;
      font-weight: 700;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HomePage {
  protected readonly user = inject(Session).user;
  private readonly data = inject(HomeData);
  protected readonly work = loadRegister(() => this.data.myWork());

  protected readonly items = computed(() =>
    this.work
      .value()
      ?.map((item) => ({ ...item, kindLabel: WORK_KIND_LABELS[item.kind] ?? item.kind, link: workItemLink(item), due: dueWording(item) })),
  );

  protected readonly overdueCount = computed(() => this.items()?.filter((item) => item.overdue).length ?? 0);

  protected readonly sections = computed(() =>
    (this.user()?.roles ?? [])
      .filter((role): role is Role => role in ROLE_GUIDE)
      .map((role) => ({ role, label: roleLabel(role), duties: ROLE_GUIDE[role] })),
  );

  protected hasRole(role: Role): boolean {
    return this.user()?.roles.includes(role) ?? false;
  }
}
