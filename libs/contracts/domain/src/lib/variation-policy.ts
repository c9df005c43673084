import { Decider, DomainEvent, InvalidInputError, unhandled } from '@ledger/domain-kernel';
import { requiredText } from '@ledger/shared-domain';

/**
 * When a contract variation needs the procurement lead's approval before it takes effect. Versioned
 * like the gateway policy: each adoption is a new version on one stream, and every variation
 * records the version and rules it was judged by, so an auditor sees why it did (or did not) wait.
 */
export interface VariationPolicyRules {
  /** A variation moving the value by more than this share of the awarded value needs approval (0-100). */
  percentOfAwardedValue: number;
  /** ... or by more than this many pounds. */
  absoluteAmount: number;
  /**
   * Also count the variations that already took effect: ten 9% variations move the value by 90%
   * (the Procurement Act 2023 judges below-threshold modifications by their aggregate, too).
   */
  cumulative: boolean;
}

/** 10% of the awarded value or £100,000, counted with the variations before it. */
export const DEFAULT_VARIATION_POLICY: VariationPolicyRules = { percentOfAwardedValue: 10, absoluteAmount: 100_000, cumulative: true };

/**
 * "£1,234.5" -> "£1,234.50", "£30,000": the same text on every machine (no Intl, whose data varies
 * between Node builds), since the words are recorded in the event.
 */
export function formatPounds(amount: number): string {
  const pence = Math.round(Math.abs(amount) * 100);
  const whole = String(Math.floor(pence / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const fraction = pence % 100 ? `.${String(pence % 100).padStart(2, '0')}` : '';
  return `${amount < 0 ? '-' : ''}£${whole}${fraction}`;
}
const pounds = formatPounds;

/**
 * Why a variation needs approval under the rules, or null when it takes effect at once. The size of
 * a change is its absolute value: a large reduction is as much a change of the contract as a rise.
 * `earlierChanges` are the value changes of the variations that already took effect.
 */
export function variationApprovalReason(rules: VariationPolicyRules, awardedValue: number, earlierChanges: readonly number[], valueChange: number): string | null {
  const share = (rules.percentOfAwardedValue / 100) * awardedValue;
  const judge = (size: number, what: string): string | null => {
    if (size > share) return `${what} ${pounds(size)} is more than ${rules.percentOfAwardedValue}% of the awarded value (${pounds(share)})`;
    if (size > rules.absoluteAmount) return `${what} ${pounds(size)} is more than ${pounds(rules.absoluteAmount)}`;
    return null;
  };
  const alone = judge(Math.abs(valueChange), 'the change of');
  if (alone || !rules.cumulative) return alone;
  const together = earlierChanges.reduce((sum, change) => sum + Math.abs(change), Math.abs(valueChange));
  return judge(together, 'with the variations before it, the changes come to');
}

export type VariationPolicyAdopted = DomainEvent<'VariationPolicyAdopted', VariationPolicyRules & { version: number; reason: string }>;
export type VariationPolicyEvent = VariationPolicyAdopted;
export const VARIATION_POLICY_EVENT_TYPES: readonly VariationPolicyEvent['type'][] = ['VariationPolicyAdopted'];

export type AdoptVariationPolicy = { type: 'AdoptVariationPolicy'; rules: VariationPolicyRules; reason: string };
/** Sent before the first variation is recorded: adopts the default, on the record, only when no policy was ever adopted. */
export type AdoptDefaultVariationPolicy = { type: 'AdoptDefaultVariationPolicy' };
export type VariationPolicyCommand = AdoptVariationPolicy | AdoptDefaultVariationPolicy;
/** The handler resolves nothing for the policy. */
export type VariationPolicyRequest = VariationPolicyCommand;

export const DEFAULT_VARIATION_POLICY_REASON = 'Default variation policy adopted when the first contract variation was recorded';

export interface VariationPolicyState {
  version: number;
  rules: VariationPolicyRules | null;
}

/** One stream holds every version of the policy: each adoption is a new version, never an edit. */
export const VARIATION_POLICY_STREAM = 'variation-policy-authority';

function validRules(rules: VariationPolicyRules): VariationPolicyRules {
  const percent = rules.percentOfAwardedValue;
  if (typeof percent !== 'number' || !Number.isFinite(percent) || percent < 0 || percent > 100) {
    throw new InvalidInputError('percentOfAwardedValue must be from 0 to 100', { field: 'percentOfAwardedValue' });
  }
  if (typeof rules.absoluteAmount !== 'number' || !Number.isFinite(rules.absoluteAmount) || rules.absoluteAmount < 0) {
    throw new InvalidInputError('absoluteAmount must be an amount in pounds, 0 or more', { field: 'absoluteAmount' });
  }
  return { percentOfAwardedValue: percent, absoluteAmount: Math.round(rules.absoluteAmount * 100) / 100, cumulative: !!rules.cumulative };
}

export const variationPolicyDecider: Decider<VariationPolicyCommand, VariationPolicyEvent, VariationPolicyState> = {
  initialState: () => ({ version: 0, rules: null }),
  decide(command, state) {
    switch (command.type) {
      case 'AdoptVariationPolicy':
        return [{ type: 'VariationPolicyAdopted', data: { ...validRules(command.rules), version: state.version + 1, reason: requiredText('reason', command.reason, 2000) } }];
      case 'AdoptDefaultVariationPolicy':
        if (state.version > 0) return [];
        return [{ type: 'VariationPolicyAdopted', data: { ...DEFAULT_VARIATION_POLICY, version: 1, reason: DEFAULT_VARIATION_POLICY_REASON } }];
      default:
        return unhandled('command', command);
    }
  },
  // One event type: every adoption replaces the rules in force with its own, as the next version.
  evolve(_, event) {
    const { version, percentOfAwardedValue, absoluteAmount, cumulative } = event.data;
    return { version, rules: { percentOfAwardedValue, absoluteAmount, cumulative } };
  },
};

/** A variation over the policy threshold, recorded and waiting for the procurement lead's approval or rejection. */
export interface VariationAwaitingDecision {
  contractId: string;
  contractTitle: string;
  supplierName: string;
  variationId: string;
  description: string;
  /** GBP, negative for a reduction. */
  valueChange: number;
}
