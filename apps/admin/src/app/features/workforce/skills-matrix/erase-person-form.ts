import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterNextRender,
  inject,
  input,
  output,
  viewChild,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';

import { CommandState } from '../../../shared/forms/command-state';
import { FormError } from '../../../shared/forms/form-error';
import { isInvalid } from '../../../shared/forms/is-invalid';
import type { StaffMember } from '../workforce.types';
import { SkillsData } from './skills-data';

/**
 * GDPR erasure of one person, after a second, explicit confirmation with the reason. It cannot
 * be undone: the API destroys the key their name and email were sealed with.
 */
@Component({
  selector: 'gl-erase-person-form',
  imports: [ReactiveFormsModule, FormError],
  template: `
    <form class="panel erase" [formGroup]="form" (ngSubmit)="submit()" novalidate aria-labelledby="erase-title">
      <h2 id="erase-title" #heading tabindex="-1">Erase the personal data of {{ person().displayName }}?</h2>
      <p>
        Their name and email address will be gone for good, from every register, replay and export.
        Their posts, assessments and training records stay, shown as “Erased person”. This cannot be undone.
      </p>
      <gl-form-error [error]="command.error()" heading="The personal data was not erased" />
      <fieldset [disabled]="disabled()">
        <div class="field">
          <label for="erase-reason">Reason for erasure</label>
          <p class="hint" id="erase-reason-hint">For example a right-to-erasure request, or the person left the authority.</p>
          @if (invalid(form.controls.reason)) {
            <p class="field-error">Enter the reason for erasure.</p>
          }
          <textarea
            id="erase-reason"
            rows="2"
            formControlName="reason"
            aria-describedby="erase-reason-hint"
            [attr.aria-invalid]="invalid(form.controls.reason)"
          ></textarea>
        </div>
        <div class="button-row">
          <button type="submit" class="warning" [disabled]="command.submitting()">Erase personal data for good</button>
          <button type="button" class="secondary" (click)="cancelled.emit()">Cancel</button>
        </div>
      </fieldset>
    </form>
  `,
  styles: `
    .erase {
      border: 3px solid var(--error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ErasePersonForm {
  private readonly data = inject(SkillsData);
  private readonly heading = viewChild.required<ElementRef<HTMLElement>>('heading');

  readonly person = input.required<StaffMember>();
  readonly disabled = input(false);
  readonly erased = output<StaffMember>();
  readonly cancelled = output<void>();

  protected readonly form = inject(NonNullableFormBuilder).group({ reason: ['', Validators.required] });
  protected readonly command = new CommandState();
  protected readonly invalid = isInvalid;

  constructor() {
    afterNextRender(() => this.heading().nativeElement.focus());
  }

  protected async submit(): Promise<void> {
    if (this.disabled()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const reason = this.form.getRawValue().reason.trim();
    await this.command.run(async () => {
      this.erased.emit(await this.data.erasePersonalData(this.person().id, reason));
    });
  }
}
