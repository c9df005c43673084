import { ChangeDetectionStrategy, Component, computed, effect, inject, input, untracked } from '@angular/core';
import { FormArray, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';

import { CommandFormComponent } from '../../../shared/forms/command-form-component';
import { Field } from '../../../shared/forms/field';
import { FormShell } from '../../../shared/forms/form-shell';
import type { GatewayPolicy, PersonRef, ValueThreshold } from '../governance.types';
import { MemberPicker } from '../member-picker';
import { GatewayChoice, chosenGateways, gatewayFlagValues, gatewayFlags } from './gateway-choice';
import { GatewayData } from './gateway-data';

/** What the API adopts when the first procurement is registered (libs/gateway/domain: DEFAULT_GATEWAY_POLICY). */
const DEFAULTS: Pick<GatewayPolicy, 'quorum' | 'valueThresholds' | 'highRiskGateways' | 'politicalInterestGateways'> = {
  quorum: 3,
  valueThresholds: [
    { minValue: 100_000, gateways: ['G2_PROCUREMENT_STRATEGY', 'G3_AWARD'] },
    {
      minValue: 500_000,
      gateways: ['G1_BUSINESS_CASE', 'G2_PROCUREMENT_STRATEGY', 'G3_AWARD', 'G4_CONTRACT_MOBILISATION', 'G5_POST_CONTRACT_REVIEW'],
    },
    {
      minValue: 2_000_000,
      gateways: [
        'G0_STRATEGIC_NEED',
        'G1_BUSINESS_CASE',
        'G2_PROCUREMENT_STRATEGY',
        'G3_AWARD',
        'G4_CONTRACT_MOBILISATION',
        'G5_POST_CONTRACT_REVIEW',
      ],
    },
  ],
  highRiskGateways: ['G2_PROCUREMENT_STRATEGY', 'G3_AWARD'],
  politicalInterestGateways: ['G2_PROCUREMENT_STRATEGY', 'G3_AWARD'],
};

/**
 * Adopts a new version of the gateway policy, starting from the one in force. Procurements
 * already registered keep the version they were registered under.
 */
@Component({
  selector: 'gl-adopt-policy-form',
  imports: [ReactiveFormsModule, FormShell, Field, GatewayChoice, MemberPicker],
  template: `
    <form
      glFormShell
      [formGroup]="form"
      legend="Adopt a new policy version"
      errorHeading="The policy was not adopted"
      submitLabel="Adopt policy"
      [commandForm]="this"
    >
      <p class="hint">It starts from the version in force. Procurements already registered keep their version.</p>
      <gl-field label="Quorum" hint="How many members decide together, from 1 to 20." error="Enter a whole number from 1 to 20.">
        <input class="short" type="number" min="1" max="20" step="1" formControlName="quorum" />
      </gl-field>

      <fieldset class="field">
        <legend class="sub-legend">Committee</legend>
        <p class="hint">Tick the members who may sit; tick nobody to let any registered staff member sit.</p>
        <gl-member-picker formControlName="committee" [people]="staff() ?? []" [allowOthers]="staff() === null" />
      </fieldset>

      <fieldset class="field" formArrayName="thresholds">
        <legend class="sub-legend">Value thresholds</legend>
        <p class="hint">From each estimated value, the gateways a procurement must pass.</p>
        @for (threshold of thresholds.controls; track threshold; let i = $index) {
          <div class="threshold" [formGroupName]="i">
            <gl-field [label]="'Threshold ' + (i + 1) + ': from (£)'" error="Enter an amount in pounds, 0 or more.">
              <input class="short" type="number" min="0" step="1" formControlName="minValue" />
            </gl-field>
            <gl-gateway-choice [group]="threshold.controls.gateways" [legend]="'Gateways from threshold ' + (i + 1)" />
            <button type="button" class="secondary small" (click)="removeThreshold(i)">Remove threshold {{ i + 1 }}</button>
          </div>
        }
        <button type="button" class="secondary small" (click)="addThreshold()">Add a threshold</button>
      </fieldset>

      <gl-gateway-choice [group]="form.controls.highRisk" legend="Gateways every HIGH risk procurement passes" />
      <gl-gateway-choice [group]="form.controls.political" legend="Gateways every procurement of political interest passes" />

      <gl-field label="Reason" hint="Why the policy changes, for the record." error="Enter the reason.">
        <textarea rows="2" formControlName="reason"></textarea>
      </gl-field>
    </form>
  `,
  styles: `
    .threshold {
      border-left: 4px solid var(--border);
      padding-left: 0.75rem;
      margin-bottom: 1rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdoptPolicyForm extends CommandFormComponent<GatewayPolicy> {
  private readonly data = inject(GatewayData);
  private readonly fb = inject(NonNullableFormBuilder);

  /** The version in force, or null before the first is adopted (the defaults then apply). */
  readonly policy = input<GatewayPolicy | null>(null);
  /** Who may be named to the committee, or null when the user may not list staff. */
  readonly staff = input<readonly PersonRef[] | null>(null);

  protected readonly form = this.fb.group({
    quorum: [DEFAULTS.quorum, [Validators.required, Validators.min(1), Validators.max(20), Validators.pattern(/^\d+$/)]],
    committee: this.fb.control<string[]>([]),
    thresholds: this.fb.array(DEFAULTS.valueThresholds.map((t) => this.threshold(t))),
    highRisk: gatewayFlags(this.fb, DEFAULTS.highRiskGateways),
    political: gatewayFlags(this.fb, DEFAULTS.politicalInterestGateways),
    reason: ['', Validators.required],
  });
  // The page shows the new version, and the form starts again from it.
  protected override readonly submitOptions = { reset: false };
  private readonly version = computed(() => this.policy()?.version ?? 0);

  constructor() {
    super();
    // Start again from the version in force whenever a new one is adopted (not on every reload).
    effect(() => {
      this.version();
      untracked(() => this.startFrom(this.policy()));
    });
  }

  protected get thresholds(): FormArray<ReturnType<AdoptPolicyForm['threshold']>> {
    return this.form.controls.thresholds;
  }

  protected addThreshold(): void {
    this.thresholds.push(this.threshold({ minValue: 0, gateways: [] }));
  }

  protected removeThreshold(index: number): void {
    this.thresholds.removeAt(index);
  }

  protected send(commandId: string): Promise<GatewayPolicy> {
    const value = this.form.getRawValue();
    return this.data.adoptPolicy({
      quorum: Number(value.quorum),
      committeeMemberIds: value.committee.length ? value.committee : null,
      valueThresholds: value.thresholds.map((t) => ({ minValue: Number(t.minValue), gateways: chosenGateways(t.gateways) })),
      highRiskGateways: chosenGateways(value.highRisk),
      politicalInterestGateways: chosenGateways(value.political),
      reason: value.reason.trim(),
      commandId,
    });
  }

  private threshold(threshold: ValueThreshold) {
    return this.fb.group({
      minValue: [threshold.minValue as number | null, [Validators.required, Validators.min(0)]],
      gateways: gatewayFlags(this.fb, threshold.gateways),
    });
  }

  private startFrom(policy: GatewayPolicy | null): void {
    const source = policy ?? DEFAULTS;
    this.thresholds.clear();
    source.valueThresholds.forEach((t) => this.thresholds.push(this.threshold(t)));
    this.form.patchValue({
      quorum: source.quorum,
      committee: policy?.committee?.map((member) => member.id) ?? [],
      highRisk: gatewayFlagValues(source.highRiskGateways),
      political: gatewayFlagValues(source.politicalInterestGateways),
      reason: '',
    });
    this.form.markAsUntouched();
  }
}
