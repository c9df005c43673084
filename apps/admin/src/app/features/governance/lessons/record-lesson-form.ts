import { ChangeDetectionStrategy, Component, ElementRef, computed, effect, inject, input, untracked, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { CommandFormComponent } from '../../../shared/forms/command-form-component';
import { EnumSelect } from '../../../shared/forms/enum-select';
import { Field } from '../../../shared/forms/field';
import { FormShell } from '../../../shared/forms/form-shell';
import { GATEWAYS, Gateway, LessonPriority } from '../governance.types';
import type { Lesson } from '../governance.types';
import type { ProcurementChoice } from '../governance.types';
import { LessonsData } from './lessons-data';

const optional = (text: string) => text.trim() || null;

/**
 * Records a lesson in PRINCE2's terms: what happened, its effect, causes, early warning
 * indicators and the recommendation, with a priority and, optionally, the procurement and
 * gateway it came from. Anyone who was there may record one.
 */
@Component({
  selector: 'gl-record-lesson-form',
  imports: [ReactiveFormsModule, FormShell, Field, EnumSelect],
  template: `
    <form
      glFormShell
      [formGroup]="form"
      legend="Record a lesson"
      errorHeading="The lesson was not recorded"
      submitLabel="Record lesson"
      [commandForm]="this"
    >
      <gl-field label="Title" error="Enter a title for the lesson.">
        <input #title type="text" formControlName="title" />
      </gl-field>
      <gl-field label="What happened" hint="The event, as it happened." error="Say what happened.">
        <textarea rows="3" formControlName="whatHappened"></textarea>
      </gl-field>
      <gl-field label="Effect (optional)" hint="What it did to cost, time, quality or outcomes.">
        <textarea rows="2" formControlName="effect"></textarea>
      </gl-field>
      <gl-field label="Causes (optional)">
        <textarea rows="2" formControlName="causes"></textarea>
      </gl-field>
      <gl-field label="Early warning indicators (optional)" hint="What could have told us sooner.">
        <textarea rows="2" formControlName="earlyWarningIndicators"></textarea>
      </gl-field>
      <gl-field label="Recommendation" hint="What to do next time." error="Enter the recommendation.">
        <textarea rows="2" formControlName="recommendation"></textarea>
      </gl-field>
      <div class="field-row">
        <gl-enum-select label="Priority" enum="LessonPriority" [control]="form.controls.priority" />
        @if (procurements(); as procurements) {
          <gl-field label="Procurement (optional)">
            <select formControlName="procurementId">
              <option value="">None</option>
              @for (procurement of procurements; track procurement.id) {
                <option [value]="procurement.id">{{ procurement.title }}</option>
              }
            </select>
          </gl-field>
        } @else {
          <gl-field label="Procurement id (optional)" hint="Your role cannot list procurements; give its id if you know it.">
            <input type="text" formControlName="procurementId" autocomplete="off" spellcheck="false" />
          </gl-field>
        }
        @if (procurementId()) {
          <gl-enum-select
            label="Gateway (optional)"
            enum="Gateway"
            [values]="gateways()"
            noneLabel="None"
            [control]="form.controls.gateway"
          />
        }
      </div>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RecordLessonForm extends CommandFormComponent<Lesson> {
  private readonly data = inject(LessonsData);
  private readonly titleField = viewChild.required<ElementRef<HTMLInputElement>>('title');

  /** Procurements to choose from, or null when the user may not list them (an id field instead). */
  readonly procurements = input<readonly ProcurementChoice[] | null>(null);
  /** A procurement chosen elsewhere (the lessons due): fills it in and moves focus here. */
  readonly subject = input<{ procurementId: string } | null>(null);

  protected readonly form = inject(NonNullableFormBuilder).group({
    title: ['', Validators.required],
    whatHappened: ['', Validators.required],
    effect: [''],
    causes: [''],
    earlyWarningIndicators: [''],
    recommendation: ['', Validators.required],
    priority: ['MEDIUM' as LessonPriority],
    procurementId: [''],
    gateway: ['' as Gateway | ''],
  });
  protected readonly procurementId = toSignal(this.form.controls.procurementId.valueChanges, { initialValue: '' });
  /** The chosen procurement's gateways, or every gateway when it is given by id. */
  protected readonly gateways = computed(
    () => this.procurements()?.find((p) => p.id === this.procurementId())?.requiredGateways ?? GATEWAYS,
  );

  constructor() {
    super();
    effect(() => {
      const subject = this.subject();
      if (subject) {
        untracked(() => this.form.patchValue({ procurementId: subject.procurementId, gateway: '' }));
        this.titleField().nativeElement.focus();
      }
    });
  }

  protected send(commandId: string): Promise<Lesson> {
    const value = this.form.getRawValue();
    const procurementId = value.procurementId.trim() || null;
    return this.data.record({
      title: value.title.trim(),
      whatHappened: value.whatHappened.trim(),
      effect: optional(value.effect),
      causes: optional(value.causes),
      earlyWarningIndicators: optional(value.earlyWarningIndicators),
      recommendation: value.recommendation.trim(),
      priority: value.priority,
      procurementId,
      // A gateway belongs to a procurement: without one, none is sent.
      gateway: procurementId && value.gateway ? value.gateway : null,
      commandId,
    });
  }
}
