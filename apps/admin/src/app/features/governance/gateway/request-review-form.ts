import { ChangeDetectionStrategy, Component, effect, inject, input, output, untracked } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { CommandFormComponent } from '../../../shared/forms/command-form-component';
import { EnumSelect } from '../../../shared/forms/enum-select';
import { Field } from '../../../shared/forms/field';
import { FormShell } from '../../../shared/forms/form-shell';
import type { Gateway, GatewayReview, Procurement } from '../governance.types';
import { GatewayData } from './gateway-data';

/** Asks the committee to review a gateway, with what it needs to know; the next gateway is offered first. */
@Component({
  selector: 'gl-request-review-form',
  imports: [ReactiveFormsModule, FormShell, Field, EnumSelect],
  template: `
    <form
      glFormShell
      [formGroup]="form"
      legend="Request a gateway review"
      errorHeading="The review was not requested"
      submitLabel="Request review"
      [commandForm]="this"
      (reload)="reloadRequested.emit()"
    >
      <gl-enum-select
        label="Gateway"
        enum="Gateway"
        [values]="gateways()"
        hint="Earlier gateways must be approved first."
        error="Choose the gateway."
        [control]="form.controls.gateway"
      />
      <gl-field label="Summary for the committee" hint="What is asked and the papers it rests on." error="Enter the summary.">
        <textarea rows="3" formControlName="summary"></textarea>
      </gl-field>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RequestReviewForm extends CommandFormComponent<GatewayReview> {
  private readonly data = inject(GatewayData);

  readonly procurement = input.required<Procurement>();
  /** The gateways a review may be asked for, next first. */
  readonly gateways = input.required<readonly Gateway[]>();
  readonly reloadRequested = output<void>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    gateway: ['' as Gateway | '', Validators.required],
    summary: ['', Validators.required],
  });

  constructor() {
    super();
    effect(() => {
      const next = this.gateways()[0] ?? '';
      untracked(() => this.form.controls.gateway.setValue(next));
    });
  }

  protected send(commandId: string): Promise<GatewayReview> {
    const { gateway, summary } = this.form.getRawValue();
    const procurement = this.procurement();
    return this.data.requestReview({
      procurementId: procurement.id,
      gateway: gateway as Gateway,
      summary: summary.trim(),
      expectedRevision: procurement.revision,
      commandId,
    });
  }
}
