import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';

import { RegisterLoader } from '../../../shared/register/register-loader';
import { RegisterStatus } from '../../../shared/register/register-status';
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
  imports: [RegisterStatus, EstablishmentTotals, PostTable, PostActionForm, ProposePostForm],
  template: `
    <h1>Establishment</h1>
    <p class="lead">Posts, FTE and vacancies: proposed, approved, filled, vacated and withdrawn.</p>

    <gl-register-status [register]="register" subject="The establishment" (asOfChange)="closeAction()" />

    @if (register.value(); as view) {
      <gl-establishment-totals [totals]="view.establishment" />

      <gl-post-table [posts]="view.establishment.posts" [canEdit]="canEdit()" [disabled]="register.historical()" (act)="select($event)" />

      @for (open of openAction(); track open.key) {
        <gl-post-action-form
          [post]="open.post"
          [action]="open.action"
          [candidates]="view.candidates"
          [disabled]="register.historical()"
          (done)="acted($event, open.action)"
          (cancelled)="closeAction()"
          (reloadRequested)="register.reload()"
        />
      }

      @if (canEdit()) {
        <section class="panel" aria-label="Propose a post">
          <gl-propose-post-form [disabled]="register.historical()" (saved)="proposed($event)" />
        </section>
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
  protected readonly register = new RegisterLoader((asOf) => this.data.load(asOf, this.canEdit()));

  private readonly selection = signal<{ postId: string; action: PostAction } | null>(null);

  /**
   * The open action form, as a list of at most one so that choosing another post or action,
   * or a reload that changes the post's revision, opens a fresh form.
   */
  protected readonly openAction = computed(() => {
    const selection = this.selection();
    const post = this.register.value()?.establishment.posts.find((p) => p.id === selection?.postId);
    if (!selection || !post || !actionsFor(post.status).includes(selection.action)) {
      return [];
    }
    return [{ key: `${post.id}:${selection.action}:${post.revision}`, post, action: selection.action }];
  });

  constructor() {
    void this.register.reload();
  }

  protected select({ post, action }: PostActionRequest): void {
    this.register.clearNotice();
    this.selection.set({ postId: post.id, action });
  }

  protected closeAction(): void {
    this.selection.set(null);
  }

  protected async acted(post: Post, action: PostAction): Promise<void> {
    this.selection.set(null);
    await this.register.changed(`“${post.title}” was ${ACTION_DONE[action]}.`);
  }

  protected async proposed(post: Post): Promise<void> {
    await this.register.changed(`“${post.title}” was proposed.`);
  }
}
