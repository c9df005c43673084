import { randomUUID } from 'node:crypto';
import { INestApplicationContext, Logger } from '@nestjs/common';
import { UserProvisioning } from '@ledger/identity-api';
import { Actor, UniqueValues, commandMetadataFor } from '@ledger/shared-api';
import { Role } from '@ledger/shared-domain';
import { loadWorkforceDemo } from './workforce-demo';
import { loadGovernanceDemo } from './governance-demo';
import { loadStrategyDemo } from './strategy-demo';

/** Recorded as the actor of every demo event, so the demo is never mistaken for real decisions. */
const DEMO_ACTOR: Actor = { userId: 'demo-data', roles: ['ADMIN'] };

/** Documented in the README: the demo is for trying the product, never for real data. */
export const DEMO_PASSWORD = 'demo-ledger-2026';

const DEMO_USERS: { email: string; displayName: string; roles: Role[] }[] = [
  { email: 'admin@demo.ledger.example', displayName: 'Demo Administrator', roles: ['ADMIN'] },
  { email: 'hr.lead@demo.ledger.example', displayName: 'Harriet Reid (HR lead)', roles: ['HR_LEAD'] },
  { email: 'procurement.lead@demo.ledger.example', displayName: 'Priya Lal (procurement lead)', roles: ['PROCUREMENT_LEAD'] },
  { email: 'finance.director@demo.ledger.example', displayName: 'Frank Dale (finance, gateway committee)', roles: ['COMMITTEE_MEMBER'] },
  { email: 'monitoring.officer@demo.ledger.example', displayName: 'Leah Moss (legal, gateway committee)', roles: ['COMMITTEE_MEMBER'] },
  { email: 'auditor@demo.ledger.example', displayName: 'Alan Ward (internal audit)', roles: ['AUDITOR'] },
  { email: 'officer@demo.ledger.example', displayName: 'Sam Osei (procurement officer)', roles: ['STAFF'] },
  // Reports KPIs and social value for the contracts it manages (issue 13; the demo contracts come with the demo data round).
  { email: 'contract.manager@demo.ledger.example', displayName: 'Connor Mills (contract manager)', roles: ['CONTRACT_MANAGER'] },
];

/**
 * Loads the demo data set through the ordinary command path, so it is on the record like any other
 * change. Instances starting together on an empty store race for the `unique-demo-data`
 * reservation (ADR 0021): one loads the demo, the others skip it. False when this one skipped.
 */
export async function loadDemoData(app: INestApplicationContext): Promise<boolean> {
  const claimed = await app.get(UniqueValues).claimOnce('demo-data', randomUUID(), commandMetadataFor(DEMO_ACTOR));
  if (!claimed) {
    new Logger('DemoData').log('Demo data is being loaded (or was loaded) by another instance: skipped');
    return false;
  }
  const users = app.get(UserProvisioning);
  for (const user of DEMO_USERS) await users.ensureUser({ ...user, password: DEMO_PASSWORD });
  const people = await loadWorkforceDemo(app, DEMO_ACTOR);
  await loadGovernanceDemo(app, DEMO_ACTOR, people);
  await loadStrategyDemo(app, DEMO_ACTOR);
  new Logger('DemoData').log(`Demo data loaded: ${DEMO_USERS.length} users (password "${DEMO_PASSWORD}"), the procurement team, its skills and training, procurements at their gateways, lessons, strategic risks, and last year's maturity baseline (1.8) with its action plan`);
  return true;
}
