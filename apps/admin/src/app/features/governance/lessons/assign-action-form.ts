import { ChangeDetectionStrategy, Component, effect, inject, input, untracked } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { today } from '../../../shared/format/format';
import { CommandFormComponent } from '../../../shared/forms/command-form-component';
import { EnumSelect } from '../../../shared/forms/enum-select';
import { Field } from '../../../shared/forms/field';
import { FormShell } from '../../../shared/forms/form-shell';
import type { ActionTarget, Lesson, PersonRef } from '../governance.types';
import { LessonsData } from './lessons-data';

/** An action from a lesson: refresh a template or guidance, deliver training, change a policy. */
@Component({
  selector: 'gl-assign-action-form',
  imports: [ReactiveFormsModule, FormShell, Field, EnumSelect],
  template: `
    <form
      glFormShell
      [formGroup]="form"
      legend="Assign an action"
      errorHeading="The action was not assigned"
      submitLabel="Assign action"
      [commandForm]="this"
    >
      <gl-field label="Lesson" error="Choose the lesson.">
        <select formControlName="lessonId">
          <option value="">Choose a lesson</option>
          @for (lesson of lessons(); track lesson.id) {
            <option [value]="lesson.id">{{ lesson.title }}</option>
          }
        </select>
      </gl-field>
      <gl-field label="Action" hint="What will change, for example which template and how." error="Describe the action.">
        <textarea rows="2" formControlName="description"></textarea>
      </gl-field>
      @if (staff(); as staff) {
        <gl-field label="Owner" error="Choose who owns the action.">
          <select formControlName="ownerStaffMemberId">
            <option value="">Choose a person</option>
            @for (person of staff; track person.id) {
              <option [value]="person.id">{{ person.displayName }}{{ person.jobTitle ? ' – ' + person.jobTitle : '' }}</option>
            }
          </select>
        </gl-field>
      } @else {
        <gl-field label="Owner’s staff member id" hint="The staff list could not be loaded." error="Enter the owner’s staff member id.">
          <input type="text" formControlName="ownerStaffMemberId" autocomplete="off" spellcheck="false" />
        </gl-field>
      }
      <div class="field-row">
        <gl-field label="Due date" error="Enter the due date.">
          <input type="date" formControlName="dueDate" />
        </gl-field>
        <gl-enum-select label="What it changes" enum="ActionTarget" [control]="form.controls.target" />
      </div>
      <gl-field label="Reference (optional)" hint="Which template, guidance, course or policy.">
        <input type="text" formControlName="targetReference" />
      </gl-field>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AssignActionForm extends CommandFormComponent<Lesson> {
  private readonly data = inject(LessonsData);

  readonly lessons = input.required<readonly Lesson[]>();
  /** Who may own the action, or null when the list could not be had (an id field instead). */
  readonly staff = input<readonly PersonRef[] | null>(null);

  protected readonly form = inject(NonNullableFormBuilder).group({
    lessonId: ['', Validators.required],
    description: ['', Validators.required],
    ownerStaffMemberId: ['', Validators.required],
    dueDate: [today(), Validators.required],
    target: ['TEMPLATE' as ActionTarget],
    targetReference: [''],
  });

  constructor() {
    super();
    // The newest lesson is the likeliest subject.
    effect(() => {
      const newest = this.lessons()[0]?.id ?? '';
      untracked(() => {
        if (!this.form.controls.lessonId.value) {
          this.form.controls.lessonId.setValue(newest);
        }
      });
    });
  }

  protected send(commandId: string): Promise<Lesson> {
    const { lessonId, description, ownerStaffMemberId, dueDate, target, targetReference } = this.form.getRawValue();
    return this.data.assignAction({
      lessonId,
      description: description.trim(),
      ownerStaffMemberId: ownerStaffMemberId.trim(),
      dueDate,
      target,
      targetReference: targetReference.trim() || null,
      commandId,
    });
  }
}
