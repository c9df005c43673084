import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';

import { CommandFormComponent } from '../../../shared/forms/command-form-component';
import { Field } from '../../../shared/forms/field';
import { FocusOnOpen } from '../../../shared/focus-on-open';
import { FormShell } from '../../../shared/forms/form-shell';
import type { Lesson } from '../governance.types';
import type { ActionRef } from './lesson-log';
import { LessonsData } from './lessons-data';

/** Closes an action from a lesson with the evidence that it was done. */
@Component({
  selector: 'gl-close-action-form',
  imports: [ReactiveFormsModule, FormShell, Field, FocusOnOpen],
  template: `
    <form
      glFormShell
      class="panel"
      [formGroup]="form"
      aria-labelledby="close-action-title"
      errorHeading="The action was not closed"
      submitLabel="Close action"
      [commandForm]="this"
    >
      <h2 glFormIntro id="close-action-title" glFocusOnOpen tabindex="-1">Close “{{ subject().action.description }}”</h2>
      <p glFormIntro class="muted">From the lesson “{{ subject().lesson.title }}”.</p>
      <gl-field label="Evidence" hint="What shows it was done: the new template’s version, the course run." error="Enter the evidence.">
        <textarea rows="2" formControlName="evidence"></textarea>
      </gl-field>
      <button glFormActions type="button" class="secondary" (click)="cancelled.emit()">Cancel</button>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CloseActionForm extends CommandFormComponent<Lesson> {
  private readonly data = inject(LessonsData);

  readonly subject = input.required<ActionRef>();
  readonly cancelled = output<void>();

  protected readonly form = inject(NonNullableFormBuilder).group({ evidence: ['', Validators.required] });

  protected send(commandId: string): Promise<Lesson> {
    const { lesson, action } = this.subject();
    const evidence = this.form.getRawValue().evidence.trim();
    return this.data.closeAction({ lessonId: lesson.id, actionId: action.id, evidence, commandId });
  }
}
