import { ChangeDetectionStrategy, Component, ElementRef, afterNextRender, inject, input, output, viewChild } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';

import { CommandForm } from '../../../shared/forms/command-form';
import { Field } from '../../../shared/forms/field';
import { FormShell } from '../../../shared/forms/form-shell';
import type { Lesson } from '../governance.types';
import type { ActionRef } from './lesson-log';
import { LessonsData } from './lessons-data';

/** Closes an action from a lesson with the evidence that it was done. */
@Component({
  selector: 'gl-close-action-form',
  imports: [ReactiveFormsModule, FormShell, Field],
  template: `
    <form
      glFormShell
      class="panel"
      [formGroup]="form"
      (ngSubmit)="submit()"
      aria-labelledby="close-action-title"
      errorHeading="The action was not closed"
      submitLabel="Close action"
      [command]="command"
    >
      <h2 glFormIntro id="close-action-title" #heading tabindex="-1">Close “{{ subject().action.description }}”</h2>
      <p glFormIntro class="muted">From the lesson “{{ subject().lesson.title }}”.</p>
      <gl-field label="Evidence" hint="What shows it was done: the new template’s version, the course run." error="Enter the evidence.">
        <textarea rows="2" formControlName="evidence"></textarea>
      </gl-field>
      <button glFormActions type="button" class="secondary" (click)="cancelled.emit()">Cancel</button>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CloseActionForm {
  private readonly data = inject(LessonsData);
  private readonly heading = viewChild.required<ElementRef<HTMLElement>>('heading');

  readonly subject = input.required<ActionRef>();
  readonly disabled = input(false);
  readonly closed = output<Lesson>();
  readonly cancelled = output<void>();

  protected readonly form = inject(NonNullableFormBuilder).group({ evidence: ['', Validators.required] });
  protected readonly command = new CommandForm(this.form, this.disabled);

  constructor() {
    afterNextRender(() => this.heading().nativeElement.focus());
  }

  protected submit(): Promise<boolean> {
    const { lesson, action } = this.subject();
    const evidence = this.form.getRawValue().evidence.trim();
    return this.command.submit(
      (commandId) => this.data.closeAction({ lessonId: lesson.id, actionId: action.id, evidence, commandId }),
      (updated) => this.closed.emit(updated),
    );
  }
}
