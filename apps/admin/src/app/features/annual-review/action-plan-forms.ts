import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MaturityLevelPipe } from '../../shared/format/format-pipes';
import { CommandFormComponent } from '../../shared/forms/command-form-component';
import { Field } from '../../shared/forms/field';
import { FormShell } from '../../shared/forms/form-shell';
import { AnnualReviewData } from './annual-review-data';
import { ActionPlanItem, MATURITY_LEVELS, MaturityArea, MaturityLevel } from './annual-review.types';

/** Adds an item to the action plan: what an area will do, by which year, to reach which level. */
@Component({
  selector: 'gl-add-action-form',
  imports: [MaturityLevelPipe, ReactiveFormsModule, FormShell, Field],
  template: `
    <form
      glFormShell
      [formGroup]="form"
      legend="Add an action"
      errorHeading="The action was not added"
      submitLabel="Add action"
      [commandForm]="this"
    >
      <gl-field label="Area" error="Choose the area.">
        <select formControlName="area">
          <option value="" disabled>Choose an area</option>
          @for (area of areas(); track area.name) {
            <option [value]="area.name">{{ area.name }}</option>
          }
        </select>
      </gl-field>
      <gl-field label="Action" error="Describe the action.">
        <textarea rows="2" formControlName="description"></textarea>
      </gl-field>
      <div class="field-row">
        <gl-field label="Target year" error="Enter a year, such as 2027.">
          <input class="short" type="number" min="2000" max="2100" step="1" formControlName="targetYear" />
        </gl-field>
        <gl-field label="Target level (optional)">
          <select formControlName="targetLevel">
            <option [ngValue]="null">None</option>
            @for (level of levels; track level) {
              <option [ngValue]="level">{{ level | maturityLevel }}</option>
            }
          </select>
        </gl-field>
      </div>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AddActionForm extends CommandFormComponent<ActionPlanItem> {
  private readonly data = inject(AnnualReviewData);

  readonly areas = input.required<MaturityArea[]>();

  protected readonly levels = MATURITY_LEVELS;
  protected readonly form = inject(NonNullableFormBuilder).group({
    area: ['', Validators.required],
    description: ['', Validators.required],
    targetYear: [
      (new Date().getFullYear() + 1) as number | null,
      [Validators.required, Validators.min(2000), Validators.max(2100), Validators.pattern(/^\d{4}$/)],
    ],
    targetLevel: [null as MaturityLevel | null],
  });

  protected send(commandId: string): Promise<ActionPlanItem> {
    const value = this.form.getRawValue();
    return this.data.addItem({
      area: value.area,
      description: value.description.trim(),
      targetYear: Number(value.targetYear),
      targetLevel: value.targetLevel,
      commandId,
    });
  }

  protected override afterSaved(): void {
    this.form.reset({ targetYear: new Date().getFullYear() + 1 });
  }
}

/** Records how far an action got, with a note; it sends the revision it showed. */
@Component({
  selector: 'gl-record-progress-form',
  imports: [ReactiveFormsModule, FormShell, Field],
  template: `
    <form
      glFormShell
      [formGroup]="form"
      legend="Record progress"
      errorHeading="The progress was not recorded"
      submitLabel="Record progress"
      conflict="Someone recorded progress on this action since the page loaded, so nothing was recorded. Reload to see it as it is now, then try again."
      [commandForm]="this"
      (reload)="reloadRequested.emit()"
    >
      <gl-field label="Action" error="Choose the action.">
        <select formControlName="itemId">
          <option value="" disabled>Choose an action</option>
          @for (item of items(); track item.id) {
            <option [value]="item.id">{{ item.area }}: {{ item.description }} ({{ item.percent }}%)</option>
          }
        </select>
      </gl-field>
      <gl-field label="Percent complete" error="Enter a whole number from 0 to 100.">
        <input class="short" type="number" min="0" max="100" step="1" formControlName="percent" />
      </gl-field>
      <gl-field label="Note" error="Say what was done.">
        <textarea rows="2" formControlName="note"></textarea>
      </gl-field>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RecordProgressForm extends CommandFormComponent<ActionPlanItem> {
  private readonly data = inject(AnnualReviewData);

  readonly items = input.required<ActionPlanItem[]>();
  readonly reloadRequested = output<void>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    itemId: ['', Validators.required],
    percent: [null as number | null, [Validators.required, Validators.min(0), Validators.max(100), Validators.pattern(/^\d+$/)]],
    note: ['', Validators.required],
  });

  protected send(commandId: string): Promise<ActionPlanItem> {
    const value = this.form.getRawValue();
    const item = this.items().find((i) => i.id === value.itemId);
    return this.data.recordProgress({
      itemId: value.itemId,
      percent: Number(value.percent),
      note: value.note.trim(),
      expectedRevision: item?.revision ?? 0,
      commandId,
    });
  }
}
