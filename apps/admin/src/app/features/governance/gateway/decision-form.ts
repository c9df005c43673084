import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { AbstractControl, NonNullableFormBuilder, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';
import { GatewayLabelPipe, InstantPipe } from '../../../shared/format/format-pipes';
import { CommandFormComponent } from '../../../shared/forms/command-form-component';
import { EnumSelect } from '../../../shared/forms/enum-select';
import { Field } from '../../../shared/forms/field';
import { FormShell } from '../../../shared/forms/form-shell';
import { isInvalid } from '../../../shared/forms/is-invalid';
import { nonEmptyLines } from '../../../shared/forms/lines';
import type { GatewayOutcome, GatewayPolicy, GatewayReview, PersonRef, Procurement } from '../governance.types';
import { MemberPicker } from '../member-picker';
import { GatewayData } from './gateway-data';

export type DecisionMode = 'record' | 'correct';

const TEXT: Readonly<Record<DecisionMode, { legend: string; submit: string; failed: string }>> = {
  record: { legend: 'Record a decision', submit: 'Record decision', failed: 'The decision was not recorded' },
  correct: { legend: 'Correct a decision', submit: 'Record correction', failed: 'The correction was not recorded' },
};

const someone = (control: AbstractControl<string[]>): ValidationErrors | null => (control.value.length ? null : { required: true });

/**
 * The committee's decision on a review, or a correction of one with its reason (the original
 * stays on the record). It sends the procurement revision the committee saw, the members who
 * decided (staff ids), and conditions only with an approval with conditions.
 */
@Component({
  selector: 'gl-decision-form',
  imports: [GatewayLabelPipe, InstantPipe, ReactiveFormsModule, FormShell, Field, EnumSelect, MemberPicker],
  template: `
    <form
      glFormShell
      [formGroup]="form"
      [legend]="text().legend"
      [errorHeading]="text().failed"
      [submitLabel]="text().submit"
      conflict="The procurement changed since the page loaded, so nothing was recorded. Reload to see it as it is now, then try again."
      [commandForm]="this"
      (reload)="reloadRequested.emit()"
    >
      <gl-field label="Review" error="Choose the review.">
        <select formControlName="reviewId">
          @for (review of reviews(); track review.id) {
            <option [value]="review.id">{{ review.gateway | gatewayLabel }}, requested {{ review.requestedAt | instant }}</option>
          }
        </select>
      </gl-field>
      <gl-enum-select label="Outcome" enum="GatewayOutcome" [control]="form.controls.outcome" />
      @if (withConditions()) {
        <gl-field label="Conditions" hint="One condition a line." error="Enter at least one condition.">
          <textarea rows="3" formControlName="conditions"></textarea>
        </gl-field>
      }
      <gl-field label="Rationale" hint="Why the committee decided so." error="Enter the rationale.">
        <textarea rows="3" formControlName="rationale"></textarea>
      </gl-field>

      <fieldset class="field members">
        <legend class="sub-legend">Committee members who decided</legend>
        <p class="hint">{{ quorumHint() }} A member who declared a conflict of interest cannot decide.</p>
        @if (invalid(form.controls.committeeMemberIds)) {
          <p class="field-error">Choose the members who decided.</p>
        }
        <gl-member-picker formControlName="committeeMemberIds" [people]="people()" [allowOthers]="allowOthers()" [notes]="conflicted()" />
      </fieldset>

      @if (mode() === 'correct') {
        <gl-field label="Reason for the correction" hint="Why the decision on the record is wrong." error="Enter the reason.">
          <textarea rows="2" formControlName="reason"></textarea>
        </gl-field>
      }
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DecisionForm extends CommandFormComponent<GatewayReview> {
  private readonly data = inject(GatewayData);

  readonly mode = input<DecisionMode>('record');
  readonly procurement = input.required<Procurement>();
  /** The reviews it may be about: awaiting a decision (record) or decided (correct). */
  readonly reviews = input.required<readonly GatewayReview[]>();
  /** The people who may be named. */
  readonly people = input<readonly PersonRef[]>([]);
  /** Offer a field for staff ids the list lacks (the user may not list staff). */
  readonly allowOthers = input(false);
  /** The policy version that applies to the procurement, for its quorum. */
  readonly policy = input<GatewayPolicy | null>(null);
  readonly reloadRequested = output<void>();

  protected readonly invalid = isInvalid;
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({
    reviewId: ['', Validators.required],
    outcome: ['APPROVED' as GatewayOutcome],
    conditions: [''],
    rationale: ['', Validators.required],
    committeeMemberIds: this.fb.control<string[]>([], someone),
    reason: [''],
  });

  protected readonly text = computed(() => TEXT[this.mode()]);
  private readonly outcome = toSignal(this.form.controls.outcome.valueChanges, { initialValue: this.form.controls.outcome.value });
  protected readonly withConditions = computed(() => this.outcome() === 'APPROVED_WITH_CONDITIONS');
  protected readonly conflicted = computed(() =>
    Object.fromEntries(this.procurement().conflicts.map((c) => [c.staffMember.id, 'declared a conflict of interest'])),
  );
  protected readonly quorumHint = computed(() => {
    const policy = this.policy();
    return policy ? `Policy version ${policy.version} needs at least ${policy.quorum}.` : 'The policy sets how many must decide.';
  });

  constructor() {
    super();
    // Offer the first review until the user picks one still on offer.
    effect(() => {
      const ids = this.reviews().map((review) => review.id);
      untracked(() => {
        if (!ids.includes(this.form.controls.reviewId.value)) {
          this.form.controls.reviewId.setValue(ids[0] ?? '');
        }
      });
    });
  }

  override submit(): Promise<boolean> {
    this.requireFields();
    return super.submit();
  }

  protected send(commandId: string): Promise<GatewayReview> {
    const { reviewId, outcome, conditions, rationale, committeeMemberIds, reason } = this.form.getRawValue();
    const decision = {
      reviewId,
      outcome,
      conditions: outcome === 'APPROVED_WITH_CONDITIONS' ? nonEmptyLines(conditions) : [],
      rationale: rationale.trim(),
      committeeMemberIds,
      expectedRevision: this.procurement().revision,
    };
    return this.mode() === 'correct'
      ? this.data.correctDecision({ ...decision, reason: reason.trim(), commandId })
      : this.data.recordDecision({ ...decision, commandId });
  }

  private requireFields(): void {
    const { conditions, reason } = this.form.controls;
    conditions.setValidators(this.withConditions() ? Validators.required : null);
    reason.setValidators(this.mode() === 'correct' ? Validators.required : null);
    conditions.updateValueAndValidity();
    reason.updateValueAndValidity();
  }
}
