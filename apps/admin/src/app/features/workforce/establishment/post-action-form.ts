import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';

import { CommandFormComponent } from '../../../shared/forms/command-form-component';
import { Field } from '../../../shared/forms/field';
import { FocusOnOpen } from '../../../shared/focus-on-open';
import { FormShell } from '../../../shared/forms/form-shell';
import { today } from '../../../shared/format/format';
import type { Post, StaffMember } from '../workforce.types';
import { EstablishmentData } from './establishment-data';
import { ACTION_DONE, ACTION_LABELS, PostAction } from './post-actions';

const REASON_LABELS: Readonly<Record<PostAction, string>> = {
  approve: 'Reason for approval',
  reject: 'Reason for rejection',
  fill: '',
  vacate: 'Why the holder left',
  withdraw: 'Reason for withdrawal',
};

const REASON_HINTS: Readonly<Record<PostAction, string>> = {
  approve: 'For example the funding and the approval to recruit.',
  reject: 'For example no funding in this year’s budget.',
  fill: '',
  vacate: 'For example resigned, retired, moved to another team.',
  withdraw: 'Why the post is no longer needed.',
};

/**
 * One action on one post: approve, reject, fill, vacate or withdraw. It sends the revision the
 * page showed, so a post someone else changed in the meantime is refused with CONFLICT.
 */
@Component({
  selector: 'gl-post-action-form',
  imports: [ReactiveFormsModule, FormShell, Field, FocusOnOpen],
  template: `
    <form
      glFormShell
      class="panel"
      [formGroup]="form"
      aria-labelledby="post-action-title"
      [errorHeading]="'The post was not ' + outcome()"
      conflict="Someone changed this post since the page loaded, so nothing was recorded. Reload to see it as it is now, then try again."
      [submitLabel]="label() + ' post'"
      busyLabel="Saving…"
      [warning]="action() === 'reject' || action() === 'withdraw'"
      [commandForm]="this"
      (reload)="reloadRequested.emit()"
    >
      <h2 glFormIntro id="post-action-title" glFocusOnOpen tabindex="-1">{{ label() }} “{{ post().title }}”</h2>

      @if (needsPerson()) {
        <gl-field label="Staff member" error="Choose who fills the post.">
          <select formControlName="staffMemberId">
            <option value="">Choose a person</option>
            @for (person of candidates(); track person.id) {
              <option [value]="person.id">{{ person.displayName }} – {{ person.jobTitle }}, {{ person.department }}</option>
            }
          </select>
          @if (candidates().length === 0) {
            <p class="hint">Nobody is registered yet: register people on the Skills matrix page.</p>
          }
        </gl-field>
      }

      @if (needsDate()) {
        <gl-field [label]="dateLabel()" [error]="'Enter the ' + dateLabel().toLowerCase() + '.'">
          <input type="date" formControlName="date" />
        </gl-field>
      }

      @if (needsReason()) {
        <gl-field [label]="reasonLabel()" [hint]="reasonHint()" error="Enter the reason.">
          <textarea rows="2" formControlName="reason"></textarea>
        </gl-field>
      }

      <button glFormActions type="button" class="secondary" (click)="cancelled.emit()">Cancel</button>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PostActionForm extends CommandFormComponent<Post> {
  private readonly data = inject(EstablishmentData);

  readonly post = input.required<Post>();
  readonly action = input.required<PostAction>();
  /** People who may fill the post. */
  readonly candidates = input<readonly StaffMember[]>([]);
  readonly cancelled = output<void>();
  readonly reloadRequested = output<void>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    reason: [''],
    staffMemberId: [''],
    date: [today()],
  });
  protected override readonly submitOptions = { reset: false };

  protected readonly label = computed(() => ACTION_LABELS[this.action()]);
  protected readonly outcome = computed(() => ACTION_DONE[this.action()]);
  protected readonly needsReason = computed(() => this.action() !== 'fill');
  protected readonly needsPerson = computed(() => this.action() === 'fill');
  protected readonly needsDate = computed(() => this.action() === 'fill' || this.action() === 'vacate');
  protected readonly dateLabel = computed(() => (this.action() === 'fill' ? 'Start date' : 'End date'));
  protected readonly reasonLabel = computed(() => REASON_LABELS[this.action()]);
  protected readonly reasonHint = computed(() => REASON_HINTS[this.action()]);

  override submit(): Promise<boolean> {
    this.requireFields();
    return super.submit();
  }

  protected send(): Promise<Post> {
    const { reason, staffMemberId, date } = this.form.getRawValue();
    return this.data.act(this.post(), this.action(), { reason: reason.trim(), staffMemberId, date });
  }

  private requireFields(): void {
    const { reason, staffMemberId, date } = this.form.controls;
    reason.setValidators(this.needsReason() ? Validators.required : null);
    staffMemberId.setValidators(this.needsPerson() ? Validators.required : null);
    date.setValidators(this.needsDate() ? Validators.required : null);
    for (const control of [reason, staffMemberId, date]) {
      control.updateValueAndValidity();
    }
  }
}
