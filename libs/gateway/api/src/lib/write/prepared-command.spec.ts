import { DEFAULT_GATEWAY_POLICY, procurementDecider } from '@ledger/gateway-domain';
import { prepareCommand } from '@ledger/shared-api';

// The typecheck target compiles this file: each @ts-expect-error below fails the build the day a
// misspelt command compiles again.
describe('prepareCommand', () => {
  const register = {
    procurementId: 's',
    title: 'Highways maintenance',
    estimatedValue: 150_000,
    riskLevel: 'LOW',
    politicalInterest: false,
    policyVersion: 1,
    policy: DEFAULT_GATEWAY_POLICY,
  } as const;

  it('types the command by the decider it is prepared for', () => {
    const prepared = prepareCommand(procurementDecider, 'procurement-s', { type: 'RegisterProcurement', ...register }, { expectedRevision: 0 });
    expect(prepared).toEqual({ streamId: 'procurement-s', decider: procurementDecider, command: { type: 'RegisterProcurement', ...register }, options: { expectedRevision: 0 } });
  });

  it('refuses a misspelt command type or field at compile time', () => {
    // @ts-expect-error a misspelt command type is none of the decider's commands
    prepareCommand(procurementDecider, 's', { type: 'RegisterProcuremnt', ...register });
    // @ts-expect-error a misspelt field is no field of the command
    prepareCommand(procurementDecider, 's', { type: 'DischargeCondition', reviewId: 'r', conditionIndex: 0, evidense: 'e' });
    expect(true).toBe(true);
  });
});
