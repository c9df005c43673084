import { ChangeDetectionStrategy, Component, effect, inject, input, output, untracked } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { EnumLabelPipe } from '../../../shared/format/format-pipes';
import { CommandForm } from '../../../shared/forms/command-form';
import { Field } from '../../../shared/forms/field';
import { FormShell } from '../../../shared/forms/form-shell';
import type { Gateway, GatewayReview, Procurement } from '../governance.types';
import { GatewayData } from './gateway-data';

/** Asks the committee to review a gateway, with what it needs to know; the next gateway is offered first. */
@Component({
  selector: 'gl-request-review-form',
  imports: [EnumLabelPipe, ReactiveFormsModule, FormShell, Field],
  template: `
    <form
      glFormShell
      [formGroup]="form"
      (ngSubmit)="submit()"
      legend="Request a gateway review"
      errorHeading="The review was not requested"
      submitLabel="Request review"
      [command]="command"
      (reload)="reloadRequested.emit()"
    >
      <gl-field label="Gateway" hint="Earlier gateways must be approved first." error="Choose the gateway.">
        <select formControlName="gateway">
          @for (gateway of gateways(); track gateway) {
            <option [value]="gateway">{{ gateway | enumLabel: 'Gateway' }}</option>
          }
        </select>
      </gl-field>
      <gl-field label="Summary for the committee" hint="What is asked and the papers it rests on." error="Enter the summary.">
        <textarea rows="3" formControlName="summary"></textarea>
      </gl-field>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RequestReviewForm {
  private readonly data = inject(GatewayData);

  readonly procurement = input.required<Procurement>();
  /** The gateways a review may be asked for, next first. */
  readonly gateways = input.required<readonly Gateway[]>();
  readonly disabled = input(false);
  readonly saved = output<GatewayReview>();
  readonly reloadRequested = output<void>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    gateway: ['' as Gateway | '', Validators.required],
    summary: ['', Validators.required],
  });
  protected readonly command = new CommandForm(this.form, this.disabled);

  constructor() {
    effect(() => {
      const next = this.gateways()[0] ?? '';
      untracked(() => this.form.controls.gateway.setValue(next));
    });
  }

  protected submit(): Promise<boolean> {
    const { gateway, summary } = this.form.getRawValue();
    const procurement = this.procurement();
    return this.command.submit(
      (commandId) =>
        this.data.requestReview({
          procurementId: procurement.id,
          gateway: gateway as Gateway,
          summary: summary.trim(),
          expectedRevision: procurement.revision,
          commandId,
        }),
      (review) => this.saved.emit(review),
    );
  }
}
