import { randomUUID } from 'node:crypto';
import { INestApplicationContext, Logger } from '@nestjs/common';
import { UserProvisioning } from '@ledger/identity-api';
import { Actor, DEMO_DATA_ACTOR_ID, UniqueValues, commandMetadataFor } from '@ledger/shared-api';
import { Role } from '@ledger/shared-domain';
import { CommandBus } from '@nestjs/cqrs';
import { ukDateOf } from '@ledger/shared-domain';
import {
  adultSkillsContractAwarded,
  adultSkillsQuarterReported,
  adultSkillsReportingQuarters,
  adultSkillsStartDate,
  adultSkillsVariedOverThreshold,
  adultSkillsVariedWithinThreshold,
  bootcampContractAwarded,
  contractManagerAssigned,
  socialValueMeasuresAdopted,
} from './contracts-demo';
import { DemoStory, DemoTimeline } from './demo-timeline';
import {
  adoptTheGatewayProcess,
  adultSkillsAward,
  adultSkillsStrategy,
  busFranchisingAwardRequested,
  busFranchisingBusinessCase,
  busFranchisingConditionDischarged,
  busFranchisingStrategy,
  cleaningDeferred,
  cleaningProcurement,
  digitalSkillsBootcamp,
  legalTemplatesLesson,
  lessonsFromTheSkillsAward,
  riskRegisterOpened,
  risksReviewed,
  templateActionClosed,
} from './governance-demo';
import { actionPlanProgress, lastYearsBaseline } from './strategy-demo';
import {
  appointTheContractsManager,
  approveTheContractsManagerPost,
  firstCoursesCompleted,
  procurementActTrainingCompleted,
  setUpTheTeam,
  trainingPlanned,
} from './workforce-demo';

/** Recorded as the actor of every demo event, so the demo is never mistaken for real decisions. */
const DEMO_ACTOR: Actor = { userId: DEMO_DATA_ACTOR_ID, roles: ['ADMIN'] };

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
  // Reports KPIs and social value on the two demo contracts it manages.
  { email: 'contract.manager@demo.ledger.example', displayName: 'Connor Mills (contract manager)', roles: ['CONTRACT_MANAGER'] },
];

interface Chapter {
  /** When the chapter happens: its first command is recorded at this instant, the rest a minute apart. */
  at: Date;
  run: (story: DemoStory) => Promise<unknown>;
}

/**
 * The seed authority's last eighteen months, in the order they happened. Chapters are sorted by
 * their instant before they run, so a chapter computed from the calendar (a quarter's reports)
 * falls into its place.
 */
function storyOf(timeline: DemoTimeline): Chapter[] {
  const at = (monthsAgo: number, daysAgo = 0) => timeline.ago(monthsAgo, daysAgo);
  const chapters: Chapter[] = [
    { at: at(18), run: setUpTheTeam },
    { at: at(17, 20), run: adoptTheGatewayProcess },
    { at: at(17), run: riskRegisterOpened },
    { at: at(16), run: busFranchisingBusinessCase },
    { at: at(15), run: adultSkillsStrategy },
    { at: at(14), run: (story) => risksReviewed(story, 1) },
    { at: at(13), run: socialValueMeasuresAdopted },
    { at: at(12, 10), run: busFranchisingStrategy },
    { at: at(12), run: lastYearsBaseline },
    { at: at(11, 20), run: adultSkillsAward },
    { at: at(11, 10), run: approveTheContractsManagerPost },
    { at: at(11), run: adultSkillsContractAwarded },
    { at: at(10, 25), run: busFranchisingConditionDischarged },
    { at: at(10), run: appointTheContractsManager },
    { at: at(9, 20), run: digitalSkillsBootcamp },
    { at: at(9, 15), run: bootcampContractAwarded },
    { at: at(9, 10), run: contractManagerAssigned },
    { at: at(9), run: firstCoursesCompleted },
    { at: at(7), run: adultSkillsVariedWithinThreshold },
    { at: at(6), run: lessonsFromTheSkillsAward },
    { at: at(5), run: procurementActTrainingCompleted },
    { at: at(4, 20), run: legalTemplatesLesson },
    { at: at(4, 10), run: cleaningProcurement },
    // The GDPR risk misses this round: its review is overdue when the demo is loaded.
    { at: at(4), run: (story) => risksReviewed(story, 2, ['gdpr']) },
    { at: at(3, 20), run: templateActionClosed },
    { at: at(3), run: cleaningDeferred },
    { at: at(2), run: adultSkillsVariedOverThreshold },
    { at: at(1, 20), run: trainingPlanned },
    { at: at(1), run: actionPlanProgress },
    { at: at(0, 6), run: busFranchisingAwardRequested },
  ];
  // A quarter's reports follow the quarter's end; the last quarter before the load is half reported.
  const quarterly: Chapter[] = adultSkillsReportingQuarters(adultSkillsStartDate(ukDateOf(at(11))), timeline.loadDay()).map(
    ({ quarter, reportOn }, index, all) => ({
      at: new Date(`${reportOn}T10:00:00Z`),
      run: (story) => adultSkillsQuarterReported(story, quarter, index + 1, index < all.length - 1),
    }),
  );
  return [...chapters, ...quarterly].sort((a, b) => a.at.getTime() - b.at.getTime());
}

/**
 * Loads the demo data set through the ordinary command path, so it is on the record like any other
 * change, each chapter at its own past instant (DemoTimeline). Instances starting together on an
 * empty store race for the `unique-demo-data` reservation (ADR 0021): one loads the demo, the
 * others skip it. False when this one skipped.
 */
export async function loadDemoData(app: INestApplicationContext, now = new Date()): Promise<boolean> {
  const claimed = await app.get(UniqueValues).claimOnce('demo-data', randomUUID(), commandMetadataFor(DEMO_ACTOR));
  if (!claimed) {
    new Logger('DemoData').log('Demo data is being loaded (or was loaded) by another instance: skipped');
    return false;
  }
  const users = app.get(UserProvisioning);
  for (const user of DEMO_USERS) await users.ensureUser({ ...user, password: DEMO_PASSWORD });
  const timeline = new DemoTimeline(DEMO_ACTOR, now);
  const story = new DemoStory(app.get(CommandBus), timeline);
  for (const chapter of storyOf(timeline)) {
    timeline.moveTo(chapter.at);
    await chapter.run(story);
  }
  new Logger('DemoData').log(
    `Demo data loaded: ${DEMO_USERS.length} users (password "${DEMO_PASSWORD}") and eighteen months of the authority's story: the procurement team, its skills and training, procurements at their gateways, contracts with social value, lessons, strategic risks, and last year's maturity baseline (1.8) with its action plan`,
  );
  return true;
}
