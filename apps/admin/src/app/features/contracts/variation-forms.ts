import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';

import { FocusOnOpen } from '../../shared/focus-on-open';
import { Field } from '../../shared/forms/field';
import { FormShell } from '../../shared/forms/form-shell';
import { formatMoney } from '../../shared/format/format';
import { ContractFormComponent } from './contract-form';
import { formatValueChange } from './contract-labels';
import { ContractsData } from './contracts-data';
import type { ContractVariation } from './contracts.types';

/**
 * Records a variation: what changes, by how much and why. One over the variation policy's
 * threshold waits for the procurement lead's approval; the rest take effect at once.
 */
@Component({
  selector: 'gl-vary-contract-form',
  imports: [ReactiveFormsModule, FormShell, Field, FocusOnOpen],
  template: `
    <form
      glFormShell
      class="panel"
      [formGroup]="form"
      aria-labelledby="vary-contract-title"
      errorHeading="The variation was not recorded"
      submitLabel="Record variation"
      [conflict]="conflictAdvice"
      [commandForm]="this"
      (reload)="reloadRequested.emit()"
    >
      <h2 glFormIntro id="vary-contract-title" glFocusOnOpen tabindex="-1">Record a variation</h2>
      <p glFormIntro class="hint">
        The current value is {{ currentValue() }}. A large variation waits for the procurement lead’s approval before it takes effect.
      </p>
      <gl-field label="Description" error="Say what changes.">
        <textarea rows="2" formControlName="description"></textarea>
      </gl-field>
      <gl-field
        label="Change in value (£)"
        hint="Negative for a reduction; 0 for a change of terms alone."
        error="Enter the change in pounds."
      >
        <input class="short" type="number" step="1" formControlName="valueChange" />
      </gl-field>
      <gl-field label="Reason" error="Enter the reason for the variation.">
        <textarea rows="2" formControlName="reason"></textarea>
      </gl-field>
      <button glFormActions type="button" class="secondary" (click)="cancelled.emit()">Cancel</button>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class VaryContractForm extends ContractFormComponent {
  private readonly data = inject(ContractsData);

  protected readonly form = inject(NonNullableFormBuilder).group({
    description: ['', Validators.required],
    valueChange: [null as number | null, Validators.required],
    reason: ['', Validators.required],
  });

  protected currentValue(): string {
    return formatMoney(this.contract().currentValue);
  }

  protected send(commandId: string) {
    const { description, valueChange, reason } = this.form.getRawValue();
    return this.data.vary({
      ...this.envelope(commandId),
      description: description.trim(),
      valueChange: Number(valueChange),
      reason: reason.trim(),
    });
  }
}

/**
 * The procurement lead's decision on a variation awaiting approval: approve (a note is optional)
 * or reject (the note is the reason, so it is required).
 */
@Component({
  selector: 'gl-decide-variation-form',
  imports: [ReactiveFormsModule, FormShell, Field, FocusOnOpen],
  template: `
    <form
      glFormShell
      class="panel"
      [formGroup]="form"
      aria-labelledby="decide-variation-title"
      errorHeading="The decision was not recorded"
      submitLabel="Approve variation"
      [conflict]="conflictAdvice"
      [commandForm]="this"
      (reload)="reloadRequested.emit()"
    >
      <h2 glFormIntro id="decide-variation-title" glFocusOnOpen tabindex="-1">Decide on “{{ variation().description }}”</h2>
      <p glFormIntro>
        {{ change() }}: {{ variation().reason }}.
        @if (variation().approvalRequiredBecause; as why) {
          <br /><span class="muted">Needs approval because {{ why }}</span>
        }
      </p>
      <gl-field
        label="Note or reason"
        hint="Optional when approving; a rejection needs its reason."
        [error]="'Give the reason for rejecting.'"
      >
        <textarea rows="2" formControlName="note"></textarea>
      </gl-field>
      <button glFormActions type="button" class="warning" [disabled]="command.submitting()" (click)="reject()">Reject variation</button>
      <button glFormActions type="button" class="secondary" (click)="cancelled.emit()">Cancel</button>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DecideVariationForm extends ContractFormComponent {
  private readonly data = inject(ContractsData);

  readonly variation = input.required<ContractVariation>();

  protected readonly form = inject(NonNullableFormBuilder).group({ note: [''] });

  protected change(): string {
    return formatValueChange(this.variation().valueChange);
  }

  protected send(commandId: string) {
    return this.decide(commandId, 'approved');
  }

  /** Approving: the note is optional. */
  override submit(): Promise<boolean> {
    this.form.controls.note.clearValidators();
    this.form.controls.note.updateValueAndValidity();
    return super.submit();
  }

  protected reject(): Promise<boolean> {
    this.form.controls.note.setValidators(Validators.required);
    this.form.controls.note.updateValueAndValidity();
    return this.command.submit(
      (commandId) => this.decide(commandId, 'rejected'),
      (result) => this.saved.emit(result),
    );
  }

  private decide(commandId: string, decision: 'approved' | 'rejected') {
    const input = { ...this.envelope(commandId), variationId: this.variation().id, note: this.form.getRawValue().note.trim() || null };
    return decision === 'approved' ? this.data.approveVariation(input) : this.data.rejectVariation(input);
  }
}
