import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';

import { EnumLabelPipe } from '../../shared/format/format-pipes';
import { USER_ACTION_LABELS, UserAction, actionsFor } from './user-actions';
import type { UserAccount } from './users-data';

export interface UserActionRequest {
  user: UserAccount;
  action: UserAction;
}

/** Every account with its roles, whether it may sign in, and what the administrator may do to it. */
@Component({
  selector: 'gl-user-table',
  imports: [EnumLabelPipe],
  template: `
    <div class="table-scroll">
      <table>
        <caption>
          Users
        </caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email address</th>
            <th scope="col">Roles</th>
            <th scope="col">Status</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          @for (user of users(); track user.id) {
            <tr [attr.data-user-id]="user.id" [class.selected]="user.id === selectedId()">
              <th scope="row" [class.erased]="user.erased">
                {{ user.displayName }}
                @if (user.id === myId()) {
                  <span class="muted">(you)</span>
                }
              </th>
              <td class="email">{{ user.email || '—' }}</td>
              <td>
                <ul class="role-list">
                  @for (role of user.roles; track role) {
                    <li>{{ role | enumLabel: 'Role' }}</li>
                  }
                </ul>
              </td>
              <td>
                @if (user.erased) {
                  <span class="tag" data-tone="neutral">Erased</span>
                } @else if (user.disabled) {
                  <span class="tag" data-tone="bad">Disabled</span>
                } @else {
                  <span class="tag" data-tone="good">Active</span>
                }
              </td>
              <td class="actions">
                <div class="action-buttons">
                  @for (action of actionsFor(user, myId()); track action) {
                    <button type="button" class="secondary small" (click)="act.emit({ user, action })">
                      {{ labels[action] }}<span class="visually-hidden"> for {{ user.displayName }}</span>
                    </button>
                  } @empty {
                    <span class="muted">None</span>
                  }
                </div>
              </td>
            </tr>
          } @empty {
            <tr>
              <td colspan="5">No users yet.</td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    /* The visually hidden parts of the buttons are placed absolutely: keep them inside the scroll box. */
    .table-scroll {
      position: relative;
    }

    .role-list {
      list-style: none;
      margin: 0;
      padding: 0;
    }

    .email {
      overflow-wrap: anywhere;
    }

    .action-buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UserTable {
  readonly users = input.required<readonly UserAccount[]>();
  /** The signed-in administrator, marked "(you)". */
  readonly myId = input<string | null>(null);
  readonly selectedId = input<string | null>(null);
  readonly act = output<UserActionRequest>();

  protected readonly labels = USER_ACTION_LABELS;
  protected readonly actionsFor = actionsFor;
}
