import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';

import type { Post } from '../workforce.types';
import { ACTION_LABELS, PostAction, STATUS_TONES, actionsFor } from './post-actions';
import { CalendarDatePipe, EnumLabelPipe, FtePipe } from '../../../shared/format/format-pipes';

export interface PostActionRequest {
  post: Post;
  action: PostAction;
}

/** The posts, each with the actions its status allows (when the user may act at all). */
@Component({
  selector: 'gl-post-table',
  imports: [CalendarDatePipe, EnumLabelPipe, FtePipe],
  template: `
    <div class="table-scroll" role="region" aria-label="Posts in the establishment (scrolls sideways)" tabindex="0">
      <table>
        <caption>
          Posts in the establishment
        </caption>
        <thead>
          <tr>
            <th scope="col">Title</th>
            <th scope="col" class="num">FTE</th>
            <th scope="col">Status</th>
            <th scope="col">Holder</th>
            <th scope="col">Start date</th>
            <th scope="col">Target year</th>
            <th scope="col">Decision reason</th>
            @if (canEdit()) {
              <th scope="col">Actions</th>
            }
          </tr>
        </thead>
        <tbody>
          @for (post of posts(); track post.id) {
            <tr [attr.data-post-id]="post.id">
              <th scope="row">{{ post.title }}</th>
              <td class="num">{{ post.fte | fte }}</td>
              <td>
                <span class="tag" [attr.data-status]="post.status" [attr.data-tone]="statusTones[post.status]">{{
                  post.status | enumLabel: 'PostStatus'
                }}</span>
              </td>
              <td [class.erased]="post.holder?.erased">{{ post.holder?.displayName ?? '—' }}</td>
              <td>{{ post.startDate | calendarDate }}</td>
              <td>{{ post.targetYear }}</td>
              <td class="reason">{{ post.decisionReason ?? '—' }}</td>
              @if (canEdit()) {
                <td class="actions">
                  @for (action of actionsFor(post.status); track action) {
                    <button type="button" class="secondary small" [disabled]="disabled()" (click)="act.emit({ post, action })">
                      {{ actionLabels[action] }}<span class="visually-hidden"> {{ post.title }}</span>
                    </button>
                  } @empty {
                    <span class="muted">None</span>
                  }
                </td>
              }
            </tr>
          } @empty {
            <tr>
              <td [attr.colspan]="canEdit() ? 8 : 7">No posts are recorded.</td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    .reason {
      max-width: 14rem;
    }

    .actions {
      white-space: nowrap;
    }

    .actions button + button {
      margin-left: 0.25rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PostTable {
  readonly posts = input.required<readonly Post[]>();
  /** Shows the actions column. */
  readonly canEdit = input(false);
  /** Keeps the actions visible but unusable (e.g. when showing a past state). */
  readonly disabled = input(false);
  readonly act = output<PostActionRequest>();

  protected readonly actionsFor = actionsFor;
  protected readonly actionLabels = ACTION_LABELS;
  protected readonly statusTones = STATUS_TONES;
}
