import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { PERMISSIONS } from '@ledger/shared-domain';

import { Session } from '../../core/auth/session';
import { hasAnyRole } from '../../core/auth/user';
import { loadRegister } from '../../shared/register/register-loader';
import { CreateUserForm } from './create-user-form';
import { UserActionForm } from './user-action-form';
import { USER_ACTION_DONE, UserAction, actionsFor } from './user-actions';
import { UserActionRequest, UserTable } from './user-table';
import { UserAccount, UsersData } from './users-data';

/** Who administers accounts, as the API's identity resolvers allow. */
export const USER_ADMINISTRATORS = PERMISSIONS.administerUsers;

/** The sign-in accounts (ADMIN): create one, change its roles, reset its password, disable it. */
@Component({
  selector: 'gl-users-page',
  imports: [RouterLink, UserTable, CreateUserForm, UserActionForm],
  template: `
    <h1>Users</h1>
    <p class="lead">
      Who can sign in, and with which roles. Your own password changes on <a routerLink="/account/password">Change my password</a>.
    </p>

    @if (!mayAdminister()) {
      <p class="notice">Only an administrator manages users. Ask one if someone needs an account or other roles.</p>
    } @else {
      @if (users.error(); as error) {
        <div class="load-error" role="alert">
          <p><strong>The users could not be loaded.</strong></p>
          <p>{{ error.message }}</p>
        </div>
      }
      <p class="notice" role="status" [hidden]="!users.notice()">{{ users.notice() }}</p>

      @if (users.value(); as list) {
        @if (!creating()) {
          <div class="button-row create">
            <button type="button" (click)="startCreating()">Create a user</button>
          </div>
        } @else {
          <gl-create-user-form (saved)="created($event)" (cancelled)="creating.set(false)" />
        }

        <gl-user-table [users]="list" [myId]="myId()" [selectedId]="open()?.user?.id ?? null" (act)="choose($event)" />

        @if (open(); as chosen) {
          @for (key of [chosen.key]; track key) {
            <gl-user-action-form
              [user]="chosen.user"
              [action]="chosen.action"
              (saved)="acted($event, chosen.action)"
              (cancelled)="selected.set(null)"
            />
          }
        }
      } @else if (users.loading()) {
        <p>Loading the users…</p>
      }
    }
  `,
  styles: `
    .create {
      margin-bottom: 1.5rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UsersPage {
  private readonly data = inject(UsersData);
  private readonly user = inject(Session).user;

  protected readonly myId = computed(() => this.user()?.id ?? null);
  protected readonly mayAdminister = computed(() => hasAnyRole(this.user(), USER_ADMINISTRATORS));
  protected readonly users = loadRegister(() => (this.mayAdminister() ? this.data.list() : Promise.resolve([] as UserAccount[])));
  protected readonly creating = signal(false);
  protected readonly selected = signal<{ userId: string; action: UserAction } | null>(null);

  /**
   * The open action, on the account as last loaded; keyed so that another user or action opens a
   * fresh form. An action the account no longer allows (it was disabled) closes it.
   */
  protected readonly open = computed(() => {
    const chosen = this.selected();
    const user = chosen && this.users.value()?.find((u) => u.id === chosen.userId);
    return user && actionsFor(user, this.myId()).includes(chosen.action)
      ? { key: `${user.id}:${chosen.action}`, user, action: chosen.action }
      : null;
  });

  protected startCreating(): void {
    this.selected.set(null);
    this.users.clearNotice();
    this.creating.set(true);
  }

  protected choose({ user, action }: UserActionRequest): void {
    this.creating.set(false);
    this.users.clearNotice();
    this.selected.set({ userId: user.id, action });
  }

  protected async created(user: UserAccount): Promise<void> {
    this.creating.set(false);
    await this.users.changed(`${user.displayName} (${user.email}) was created. Give them their first password in person or by phone.`);
  }

  protected async acted(user: UserAccount, action: UserAction): Promise<void> {
    this.selected.set(null);
    await this.users.changed(`${user.displayName} was ${USER_ACTION_DONE[action]}.`);
  }
}
