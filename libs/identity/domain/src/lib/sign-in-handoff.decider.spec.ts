import { InvalidInputError, RuleViolationError } from '@ledger/domain-kernel';
import { DeciderSpecification } from '@ledger/domain-kernel/testing';
import { signInHandoffDecider, signInHandoffStreamId } from './sign-in-handoff';

const spec = DeciderSpecification(signInHandoffDecider);

describe('sign-in hand-off decider', () => {
  it('redeems a code once, for its user', () => {
    spec.given([]).when({ type: 'RedeemSignInHandoff', userId: 'u1' }).then([{ type: 'SignInHandoffRedeemed', data: { userId: 'u1' } }]);
  });

  it('refuses a code redeemed before', () => {
    spec
      .given([{ type: 'SignInHandoffRedeemed', data: { userId: 'u1' } }])
      .when({ type: 'RedeemSignInHandoff', userId: 'u1' })
      .thenThrows(RuleViolationError, /already completed/);
  });

  it('names a stream by the SHA-256 of the code only', () => {
    expect(signInHandoffStreamId('a'.repeat(64))).toBe(`sign-in-handoff-${'a'.repeat(64)}`);
    expect(() => signInHandoffStreamId('the-code-itself')).toThrow(InvalidInputError);
  });
});
