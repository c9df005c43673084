import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';

import { FocusOnOpen } from '../../shared/focus-on-open';
import { Field } from '../../shared/forms/field';
import { FormShell } from '../../shared/forms/form-shell';
import { PersonSelect } from '../../shared/forms/person-select';
import type { PersonRef } from '../governance/governance.types';
import { ContractFormComponent } from './contract-form';
import { ContractsData } from './contracts-data';

/** Uses up some of the extension months available and moves the end date. */
@Component({
  selector: 'gl-extend-contract-form',
  imports: [ReactiveFormsModule, FormShell, Field, FocusOnOpen],
  template: `
    <form
      glFormShell
      class="panel"
      [formGroup]="form"
      aria-labelledby="extend-contract-title"
      errorHeading="The contract was not extended"
      submitLabel="Extend contract"
      [conflict]="conflictAdvice"
      [commandForm]="this"
      (reload)="reloadRequested.emit()"
    >
      <h2 glFormIntro id="extend-contract-title" glFocusOnOpen tabindex="-1">Extend the contract</h2>
      <p glFormIntro class="hint">{{ contract().extensionMonthsAvailable }} months of extension are left.</p>
      <gl-field label="Months" error="Enter a whole number of months, 1 or more.">
        <input class="short" type="number" min="1" step="1" formControlName="months" />
      </gl-field>
      <gl-field label="Reason" error="Enter the reason.">
        <textarea rows="2" formControlName="reason"></textarea>
      </gl-field>
      <button glFormActions type="button" class="secondary" (click)="cancelled.emit()">Cancel</button>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ExtendContractForm extends ContractFormComponent {
  private readonly data = inject(ContractsData);

  protected readonly form = inject(NonNullableFormBuilder).group({
    months: [null as number | null, [Validators.required, Validators.min(1)]],
    reason: ['', Validators.required],
  });

  protected send(commandId: string) {
    const { months, reason } = this.form.getRawValue();
    return this.data.extend({ ...this.envelope(commandId), months: Number(months), reason: reason.trim() });
  }
}

/** Ends the contract (it ran its course) or terminates it early, with the reason. */
@Component({
  selector: 'gl-close-contract-form',
  imports: [ReactiveFormsModule, FormShell, Field, FocusOnOpen],
  template: `
    <form
      glFormShell
      class="panel"
      [formGroup]="form"
      aria-labelledby="close-contract-title"
      [errorHeading]="mode() === 'end' ? 'The contract was not ended' : 'The contract was not terminated'"
      [submitLabel]="mode() === 'end' ? 'End contract' : 'Terminate contract'"
      [warning]="true"
      [conflict]="conflictAdvice"
      [commandForm]="this"
      (reload)="reloadRequested.emit()"
    >
      <h2 glFormIntro id="close-contract-title" glFocusOnOpen tabindex="-1">{{ heading() }}</h2>
      <gl-field label="Effective on" hint="Leave empty for today, or the end date if that has passed.">
        <input type="date" formControlName="effectiveOn" />
      </gl-field>
      <gl-field label="Reason" error="Enter the reason.">
        <textarea rows="2" formControlName="reason"></textarea>
      </gl-field>
      <button glFormActions type="button" class="secondary" (click)="cancelled.emit()">Cancel</button>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CloseContractForm extends ContractFormComponent {
  private readonly data = inject(ContractsData);

  readonly mode = input.required<'end' | 'terminate'>();
  protected readonly heading = computed(() => (this.mode() === 'end' ? 'End the contract' : 'Terminate the contract'));
  protected readonly form = inject(NonNullableFormBuilder).group({
    effectiveOn: [''],
    reason: ['', Validators.required],
  });

  protected send(commandId: string) {
    const { effectiveOn, reason } = this.form.getRawValue();
    const input = { ...this.envelope(commandId), reason: reason.trim(), effectiveOn: effectiveOn || null };
    return this.mode() === 'end' ? this.data.end(input) : this.data.terminate(input);
  }
}

/** Names a staff member (chosen by name) as a manager of the contract: they report on it. */
@Component({
  selector: 'gl-assign-manager-form',
  imports: [ReactiveFormsModule, FormShell, PersonSelect, FocusOnOpen],
  template: `
    <form
      glFormShell
      class="panel"
      [formGroup]="form"
      aria-labelledby="assign-manager-title"
      errorHeading="The manager was not assigned"
      submitLabel="Assign manager"
      [conflict]="conflictAdvice"
      [commandForm]="this"
      (reload)="reloadRequested.emit()"
    >
      <h2 glFormIntro id="assign-manager-title" glFocusOnOpen tabindex="-1">Assign a contract manager</h2>
      @if (!candidates().length) {
        <p glFormIntro class="hint">Nobody else is on the staff register: register people on the Skills matrix page.</p>
      }
      <gl-person-select label="Staff member" [control]="form.controls.staffMemberId" [people]="candidates()" />
      <button glFormActions type="button" class="secondary" (click)="cancelled.emit()">Cancel</button>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AssignManagerForm extends ContractFormComponent {
  private readonly data = inject(ContractsData);

  readonly people = input.required<readonly PersonRef[]>();
  /** Everyone on the staff register who does not manage the contract already. */
  protected readonly candidates = computed(() => {
    const managers = new Set(this.contract().managers.map((manager) => manager.id));
    return this.people()
      .filter((person) => !managers.has(person.id))
      .map((person) => ({ ...person, jobTitle: person.jobTitle ?? '' }));
  });
  protected readonly form = inject(NonNullableFormBuilder).group({ staffMemberId: ['', Validators.required] });

  protected send(commandId: string) {
    // Assigning carries no expected revision (ContractManagerInput has none): naming a manager twice changes nothing.
    const { contractId } = this.envelope(commandId);
    return this.data.assignManager({ contractId, commandId, staffMemberId: this.form.getRawValue().staffMemberId });
  }
}
