import { InvalidInputError } from '@ledger/domain-kernel';
import { DeciderSpecification } from '@ledger/domain-kernel/testing';
import {
  DEFAULT_VARIATION_POLICY,
  DEFAULT_VARIATION_POLICY_REASON,
  VARIATION_POLICY_STREAM,
  VariationPolicyEvent,
  VariationPolicyRules,
  formatPounds,
  variationApprovalReason,
  variationPolicyDecider,
} from './variation-policy';

const spec = DeciderSpecification(variationPolicyDecider, { actorId: 'lead-1', actorRoles: ['PROCUREMENT_LEAD'] });

const adopted = (version: number, rules: VariationPolicyRules = DEFAULT_VARIATION_POLICY, reason = DEFAULT_VARIATION_POLICY_REASON): VariationPolicyEvent => ({
  type: 'VariationPolicyAdopted',
  data: { ...rules, version, reason },
});
const STRICTER: VariationPolicyRules = { percentOfAwardedValue: 5, absoluteAmount: 50_000, cumulative: true };

describe('variation policy', () => {
  it('keeps every version on one stream', () => {
    expect(VARIATION_POLICY_STREAM).toBe('variation-policy-authority');
  });

  describe('adopting the default', () => {
    it('adopts 10% or £100,000, counted with earlier variations, as version 1 when none was ever adopted', () => {
      spec.given([]).when({ type: 'AdoptDefaultVariationPolicy' }).then([adopted(1)]);
      expect(DEFAULT_VARIATION_POLICY).toEqual({ percentOfAwardedValue: 10, absoluteAmount: 100_000, cumulative: true });
    });

    it('decides nothing once a policy was adopted', () => {
      spec.given([adopted(1, STRICTER, 'Board paper')]).when({ type: 'AdoptDefaultVariationPolicy' }).thenNothingHappens();
    });
  });

  describe('adopting a policy', () => {
    it('adopts the next version with its reason; earlier versions stay on the record', () => {
      spec.given([adopted(1)]).when({ type: 'AdoptVariationPolicy', rules: STRICTER, reason: ' Audit recommendation ' }).then([adopted(2, STRICTER, 'Audit recommendation')]);
    });

    it('folds to the latest version and its rules', () => {
      const state = [adopted(1), adopted(2, STRICTER, 'x')].reduce(variationPolicyDecider.evolve, variationPolicyDecider.initialState());
      expect(state).toEqual({ version: 2, rules: STRICTER });
    });

    it.each([
      [{ ...STRICTER, percentOfAwardedValue: -1 }, /percentOfAwardedValue must be from 0 to 100/],
      [{ ...STRICTER, percentOfAwardedValue: 101 }, /percentOfAwardedValue must be from 0 to 100/],
      [{ ...STRICTER, absoluteAmount: -1 }, /absoluteAmount must be an amount in pounds, 0 or more/],
      [{ ...STRICTER, absoluteAmount: Number.NaN }, /absoluteAmount must be an amount in pounds/],
    ])('refuses %p', (rules, message) => {
      spec.given([]).when({ type: 'AdoptVariationPolicy', rules, reason: 'x' }).thenThrows(InvalidInputError, message);
    });

    it('refuses a policy without a reason', () => {
      spec.given([]).when({ type: 'AdoptVariationPolicy', rules: STRICTER, reason: ' ' }).thenThrows(InvalidInputError, /reason must not be empty/);
    });
  });

  it('writes pounds the same way on every machine', () => {
    expect([formatPounds(30_000), formatPounds(1_234.5), formatPounds(0.07), formatPounds(-1_000_000), formatPounds(999.999)]).toEqual(['£30,000', '£1,234.50', '£0.07', '-£1,000,000', '£1,000']);
  });

  describe('when a variation needs approval', () => {
    const rules = DEFAULT_VARIATION_POLICY;
    it.each([
      [300_000, 30_000, null],
      [300_000, 30_000.01, /more than 10% of the awarded value \(£30,000\)/],
      [300_000, -30_000.01, /more than 10% of the awarded value/],
      [5_000_000, 100_000, null],
      [5_000_000, 100_000.01, /more than £100,000/],
      [5_000_000, -250_000, /£250,000 is more than £100,000/],
    ] as const)('on an awarded value of £%p, a change of £%p: %p', (awardedValue, change, expected) => {
      const reason = variationApprovalReason(rules, awardedValue, [], change);
      if (expected === null) expect(reason).toBeNull();
      else expect(reason).toMatch(expected);
    });

    it('counts the size of earlier changes, rises and reductions alike, when the policy is cumulative', () => {
      expect(variationApprovalReason(rules, 300_000, [20_000, -5_000], 6_000)).toMatch(/with the variations before it, the changes come to £31,000/);
      expect(variationApprovalReason(rules, 300_000, [20_000, -5_000], 5_000)).toBeNull();
      expect(variationApprovalReason({ ...rules, cumulative: false }, 300_000, [20_000, -5_000], 6_000)).toBeNull();
    });

    it('needs approval for every change under a policy of 0% and £0 (except a change of nothing)', () => {
      const everything: VariationPolicyRules = { percentOfAwardedValue: 0, absoluteAmount: 0, cumulative: false };
      expect(variationApprovalReason(everything, 300_000, [], 1)).not.toBeNull();
      expect(variationApprovalReason(everything, 300_000, [], 0)).toBeNull();
    });
  });
});
