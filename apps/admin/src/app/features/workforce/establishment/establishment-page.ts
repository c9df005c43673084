import { ChangeDetectionStrategy, Component, inject } from '@angular/core';

import { loadRegister } from '../../../shared/register/register-loader';
import { RegisterSelection } from '../../../shared/register/register-selection';
import { Change, RecordChanges } from '../../../shared/record-changes';
import { RegisterStatus } from '../../../shared/register/register-status';
import { RegisterDownload } from '../../../shared/spreadsheets/register-download';
import type { Post } from '../workforce.types';
import { WorkforceAccess } from '../workforce-access';
import { EstablishmentData } from './establishment-data';
import { EstablishmentTotals } from './establishment-totals';
import { PostActionForm } from './post-action-form';
import { ACTION_DONE, PostAction, actionsFor } from './post-actions';
import { PostActionRequest, PostTable } from './post-table';
import { ProposePostForm } from './propose-post-form';

/** The staffing establishment: posts, their holders and the FTE totals, live or as at an instant. */
@Component({
  selector: 'gl-establishment-page',
  imports: [RegisterDownload, Change, RecordChanges, RegisterStatus, EstablishmentTotals, PostTable, PostActionForm, ProposePostForm],
  template: `
    <h1>Establishment</h1>
    <p class="lead">Posts, FTE and vacancies: proposed, approved, filled, vacated and withdrawn.</p>

    <gl-register-status [register]="register" subject="The establishment" (asOfChange)="selection.close()" />
    <gl-register-download register="establishment" [asOf]="register.asOf()" />

    @if (register.value(); as view) {
      <gl-establishment-totals [totals]="view.establishment" />

      <gl-post-table [posts]="view.establishment.posts" [canEdit]="canEdit()" [disabled]="register.historical()" (act)="select($event)" />

      @for (open of selection.open(); track open.key) {
        <gl-post-action-form
          [post]="open.post"
          [action]="open.action"
          [candidates]="view.candidates"
          [disabled]="register.historical()"
          (saved)="acted($event, open.action)"
          (cancelled)="selection.close()"
          (reloadRequested)="register.reload()"
        />
      }

      @if (canEdit()) {
        <gl-record-changes>
          <ng-template glChange="Propose a post">
            <gl-propose-post-form [disabled]="register.historical()" (saved)="proposed($event)" />
          </ng-template>
        </gl-record-changes>
      }
    } @else if (register.loading()) {
      <p>Loading the establishment…</p>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EstablishmentPage {
  private readonly data = inject(EstablishmentData);
  protected readonly canEdit = inject(WorkforceAccess).canEdit;
  protected readonly register = loadRegister((asOf) => this.data.load(asOf, this.canEdit()));

  /**
   * The open action form, keyed so that choosing another post or action, or a reload that
   * changes the post's revision, opens a fresh form; an action the post no longer allows closes it.
   */
  protected readonly selection = new RegisterSelection(
    this.register,
    (view, { postId, action }: { postId: string; action: PostAction }) => {
      const post = view.establishment.posts.find((p) => p.id === postId);
      return post && actionsFor(post.status).includes(action) ? { key: `${post.id}:${action}:${post.revision}`, post, action } : null;
    },
  );

  protected select({ post, action }: PostActionRequest): void {
    this.selection.choose({ postId: post.id, action });
  }

  protected acted(post: Post, action: PostAction): Promise<void> {
    return this.selection.done(`“${post.title}” was ${ACTION_DONE[action]}.`);
  }

  protected async proposed(post: Post): Promise<void> {
    await this.register.changed(`“${post.title}” was proposed.`);
  }
}
