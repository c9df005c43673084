import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';

import { GraphqlClient } from '../../../core/graphql/graphql-client';
import { CancelTrainingDocument } from '../../../generated/graphql';
import { CommandFormComponent } from '../../../shared/forms/command-form-component';
import { Field } from '../../../shared/forms/field';
import { FocusOnOpen } from '../../../shared/focus-on-open';
import { FormShell } from '../../../shared/forms/form-shell';
import type { TrainingRecord, TrainingStatus } from '../workforce.types';

/** What the API lets be cancelled: a course that has not happened yet. */
export const CANCELLABLE: readonly TrainingStatus[] = ['PLANNED', 'BOOKED'];

/** Withdraws a planned or booked course (status Cancelled); the reason stays in its history. */
@Component({
  selector: 'gl-cancel-training-form',
  imports: [ReactiveFormsModule, FormShell, Field, FocusOnOpen],
  template: `
    <form
      glFormShell
      class="panel"
      [formGroup]="form"
      aria-labelledby="cancel-training-title"
      errorHeading="The training was not cancelled"
      submitLabel="Cancel training"
      busyLabel="Cancelling…"
      [warning]="true"
      [commandForm]="this"
    >
      <h2 glFormIntro id="cancel-training-title" glFocusOnOpen tabindex="-1">
        Cancel “{{ record().course.title }}” for {{ record().staffMember.displayName }}
      </h2>
      <gl-field label="Reason" hint="For example the provider withdrew the course, or it is no longer needed." error="Enter the reason.">
        <textarea rows="2" formControlName="reason"></textarea>
      </gl-field>
      <button glFormActions type="button" class="secondary" (click)="closed.emit()">Keep it</button>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CancelTrainingForm extends CommandFormComponent<TrainingRecord> {
  private readonly graphql = inject(GraphqlClient);

  readonly record = input.required<TrainingRecord>();
  readonly closed = output<void>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    reason: ['', Validators.required],
  });

  protected async send(commandId: string): Promise<TrainingRecord> {
    const { staffMember, course } = this.record();
    const input = { staffMemberId: staffMember.id, courseId: course.id, reason: this.form.getRawValue().reason.trim(), commandId };
    return (await this.graphql.execute(CancelTrainingDocument, { input })).cancelTraining;
  }
}
