import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';

import { formatDate, formatFte } from '../../../shared/format';
import type { Post } from '../workforce.types';
import { ACTION_LABELS, PostAction, STATUS_LABELS, STATUS_TONES, actionsFor } from './post-actions';

export interface PostActionRequest {
  post: Post;
  action: PostAction;
}

/** The posts, each with the actions its status allows (when the user may act at all). */
@Component({
  selector: 'gl-post-table',
  templateUrl: './post-table.html',
  styleUrl: './post-table.css',
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
  protected readonly statusLabels = STATUS_LABELS;
  protected readonly statusTones = STATUS_TONES;
  protected readonly formatDate = formatDate;
  protected readonly formatFte = formatFte;
}
