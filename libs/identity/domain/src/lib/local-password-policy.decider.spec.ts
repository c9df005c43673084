import { DeciderSpecification } from '@ledger/domain-kernel/testing';
import { localPasswordPolicyDecider } from './local-password-policy';

const spec = DeciderSpecification(localPasswordPolicyDecider);

describe('local password policy decider', () => {
  it('keeps passwords for administrators only when asked', () => {
    spec.given([]).when({ type: 'SetLocalPasswordPolicy', administratorsOnly: true }).then([{ type: 'LocalPasswordPolicyChanged', data: { administratorsOnly: true } }]);
  });

  it('gives everyone their password back', () => {
    spec
      .given([{ type: 'LocalPasswordPolicyChanged', data: { administratorsOnly: true } }])
      .when({ type: 'SetLocalPasswordPolicy', administratorsOnly: false })
      .then([{ type: 'LocalPasswordPolicyChanged', data: { administratorsOnly: false } }]);
  });

  it('records nothing when the policy is already so (everyone keeps passwords until decided otherwise)', () => {
    spec.given([]).when({ type: 'SetLocalPasswordPolicy', administratorsOnly: false }).thenNothingHappens();
  });
});
