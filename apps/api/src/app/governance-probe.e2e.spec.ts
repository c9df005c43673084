import { startTestLedger, codeOf } from '../testing/test-ledger';
const REG = 'mutation($input: RegisterProcurementInput!) { registerProcurement(input: $input) { id policyVersion requiredGateways } }';
describe('probe', () => {
  it('first registration with negative value', async () => {
    const ledger = await startTestLedger('sqlite');
    const admin = await ledger.adminToken();
    const before = await ledger.stores.eventStore.headPosition();
    const a = await ledger.gql(REG, { input: { title: 'x', estimatedValue: -5, riskLevel: 'LOW', politicalInterest: false } }, admin);
    console.log(codeOf(a), before, await ledger.stores.eventStore.headPosition());
    console.log(JSON.stringify((await ledger.gql('{ gatewayPolicies { version reason } }', {}, admin)).data));
    await ledger.close();
  });
  it('concurrent first registrations', async () => {
    const ledger = await startTestLedger('sqlite');
    const admin = await ledger.adminToken();
    const rs = await Promise.all([1, 2, 3].map((i) => ledger.gql(REG, { input: { title: 'x' + i, estimatedValue: 150000, riskLevel: 'LOW', politicalInterest: false } }, admin)));
    console.log(JSON.stringify(rs));
    console.log(JSON.stringify((await ledger.gql('{ gatewayPolicies { version reason } }', {}, admin)).data));
    await ledger.close();
  });
});
