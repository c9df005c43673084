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
import { GatewayData, ReviewDeciders } from './gateway-data';

export type DecisionMode = 'record' | 'correct';

const TEXT: Readonly<Record<DecisionMode, { legend: string; submit: string; failed: string }>> = {
  record: { legend: 'Record a decision', submit: 'Record decision', failed: 'The decision was not recorded' },
  correct: { legend: 'Correct a decision', submit: 'Record correction', failed: 'The correction was not recorded' },
};

const conflictNote = (nature: string | null | undefined) =>
  nature ? `declared a conflict of interest: ${nature}` : 'declared a conflict of interest';

const someone = (control: AbstractControl<string[]>): ValidationErrors | null => (control.value.length ? null : { required: true });

/**
 * The committee's decision on a review, or a correction of one with its reason (the original
 * stays on the record). It sends the procurement revision the committee saw, the members who
 * decided (chosen by name from those the policy allows; a member with a declared conflict is
 * marked and cannot be chosen), and conditions only with an approval with conditions. The submit
 * button waits for the quorum, and a sentence beside it says how many more are needed.
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
      [submitDisabled]="quorumShort() > 0"
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
        @if (deciders()?.members?.length === 0) {
          <p class="field-error">Nobody may decide under this policy: ask the procurement lead to register the committee’s members.</p>
        }
        <gl-member-picker
          formControlName="committeeMemberIds"
          [people]="candidates()"
          [allowOthers]="allowOthers() && !deciders()"
          [notes]="conflicted()"
          [unavailable]="barred()"
        />
      </fieldset>

      @if (mode() === 'correct') {
        <gl-field label="Reason for the correction" hint="Why the decision on the record is wrong." error="Enter the reason.">
          <textarea rows="2" formControlName="reason"></textarea>
        </gl-field>
      }
      @if (quorumSentence(); as sentence) {
        <p glFormActions class="quorum-status" [class.short]="quorumShort() > 0" aria-live="polite">{{ sentence }}</p>
      }
    </form>
  `,
  styles: `
    .quorum-status {
      margin: 0;
      align-self: center;
    }
    .quorum-status.short {
      font-weight: 700;
    }
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
  /**
   * Who may decide, from the API (by the rule the decision is checked against) and the quorum: when
   * given, exactly these people are offered, by name, and no staff ids are asked for.
   */
  readonly deciders = input<ReviewDeciders | null>(null);
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
  private readonly chosen = toSignal(this.form.controls.committeeMemberIds.valueChanges, {
    initialValue: this.form.controls.committeeMemberIds.value,
  });
  /** The people offered: those the policy allows when known, otherwise those the page knows. */
  protected readonly candidates = computed<readonly PersonRef[]>(
    () => this.deciders()?.members.map((m) => ({ id: m.staffMemberId, displayName: m.displayName, erased: false })) ?? this.people(),
  );
  protected readonly conflicted = computed(() => {
    const members = this.deciders()?.members;
    const notes = members
      ? members.filter((m) => m.conflictDeclared).map((m) => [m.staffMemberId, conflictNote(m.conflictNature)])
      : this.procurement().conflicts.map((c) => [c.staffMember.id, conflictNote(c.nature)]);
    return Object.fromEntries(notes);
  });
  /** A member with a declared conflict cannot decide: listed, marked, not selectable. */
  protected readonly barred = computed(() => Object.keys(this.conflicted()));
  private readonly quorum = computed(() => this.deciders()?.quorum ?? this.policy()?.quorum ?? null);
  /** How many more members must be chosen before the decision may be sent. */
  protected readonly quorumShort = computed(() => {
    const quorum = this.quorum();
    return quorum === null ? 0 : Math.max(0, quorum - this.chosen().length);
  });
  protected readonly quorumSentence = computed(() => {
    const quorum = this.quorum();
    const short = this.quorumShort();
    if (quorum === null) {
      return null;
    }
    return short > 0
      ? `Choose ${short} more ${short === 1 ? 'member' : 'members'} to reach the quorum of ${quorum}.`
      : `Quorum reached: ${this.chosen().length} of at least ${quorum}.`;
  });
  protected readonly quorumHint = computed(() => {
    const deciders = this.deciders();
    if (deciders) {
      const who = deciders.anyStaffMemberMaySit ? 'Anyone on the staff register may sit' : 'Only the committee the policy names may sit';
      return `${who} (policy version ${deciders.policyVersion}); at least ${deciders.quorum} must decide.`;
    }
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
    if (this.quorumShort() > 0) {
      this.form.markAllAsTouched();
      return Promise.resolve(false);
    }
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
