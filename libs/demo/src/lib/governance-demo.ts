import { GatewayPolicyCommandMessage, ProcurementCommandMessage } from '@ledger/gateway-api';
import { DEFAULT_GATEWAY_POLICY, ProcurementRequest } from '@ledger/gateway-domain';
import { LessonCommandMessage } from '@ledger/lessons-api';
import { RiskCommandMessage } from '@ledger/risk-api';
import { addDays, addMonths } from '@ledger/shared-domain';
import { DemoStory } from './demo-timeline';

/**
 * The strategy's gateway process in use (section 3.7), chapter by chapter: the default policy
 * adopted, procurements at different gateways, a conflict of interest, lessons after an award
 * feeding a template and a course, and the strategic risk register for the five categories of
 * section 3.9, reviewed quarterly.
 */
const committee = (story: DemoStory) => ['finance', 'legal', 'place'].map((key) => story.idOf('staff', key));

const send = (story: DemoStory, procurementId: string | null, command: ProcurementRequest) =>
  story.send((meta) => new ProcurementCommandMessage(procurementId, command, meta));

async function register(
  story: DemoStory,
  key: string,
  title: string,
  estimatedValue: number,
  riskLevel: 'LOW' | 'MEDIUM' | 'HIGH',
  politicalInterest: boolean,
): Promise<string> {
  const procurementId = story.idOf('procurement', key);
  await send(story, procurementId, { type: 'RegisterProcurement', procurementId, title, estimatedValue, riskLevel, politicalInterest });
  return procurementId;
}

async function review(story: DemoStory, procurementKey: string, gateway: string, summary: string): Promise<string> {
  const reviewId = story.idOf('review', `${procurementKey}:${gateway}`);
  await send(story, story.idOf('procurement', procurementKey), { type: 'RequestGatewayReview', reviewId, gateway, summary });
  return reviewId;
}

const decide = (story: DemoStory, reviewId: string, outcome: string, rationale: string, conditions: string[] = [], deciders = committee(story)) =>
  send(story, null, { type: 'RecordGatewayDecision', reviewId, outcome, rationale, conditions, committeeMemberIds: deciders });

export async function adoptTheGatewayProcess(story: DemoStory): Promise<void> {
  await story.send(
    (meta) =>
      new GatewayPolicyCommandMessage(
        {
          type: 'AdoptGatewayPolicy',
          rules: DEFAULT_GATEWAY_POLICY,
          reason: 'Gateway process designed with stakeholders and senior managers (strategy 3.7); committee set up',
        },
        meta,
      ),
  );
}

export async function busFranchisingBusinessCase(story: DemoStory): Promise<void> {
  await register(story, 'buses', 'Bus franchising: advisory services', 1_200_000, 'HIGH', true);
  await decide(
    story,
    await review(story, 'buses', 'G1_BUSINESS_CASE', 'Business case for advisory support to the franchising assessment'),
    'APPROVED',
    'Case made; budget confirmed in the medium-term financial plan',
  );
}

export async function adultSkillsStrategy(story: DemoStory): Promise<void> {
  await register(story, 'skills', 'Adult skills provision framework, lot 2', 450_000, 'MEDIUM', false);
  await decide(
    story,
    await review(story, 'skills', 'G2_PROCUREMENT_STRATEGY', 'Call-off from an existing framework'),
    'APPROVED',
    'Framework offers value for money',
  );
}

export async function busFranchisingStrategy(story: DemoStory): Promise<void> {
  const strategy = await review(story, 'buses', 'G2_PROCUREMENT_STRATEGY', 'Competitive flexible procedure under the Procurement Act 2023, two lots');
  await decide(story, strategy, 'APPROVED_WITH_CONDITIONS', 'Sound approach; social value must be weighted', [
    'Weight social value at no less than 10% of the quality score',
  ]);
}

export async function busFranchisingConditionDischarged(story: DemoStory): Promise<void> {
  await send(story, null, {
    type: 'DischargeCondition',
    reviewId: story.idOf('review', 'buses:G2_PROCUREMENT_STRATEGY'),
    conditionIndex: 0,
    evidence: 'Tender documents section 4.2: social value 10% of quality',
  });
}

export async function adultSkillsAward(story: DemoStory): Promise<void> {
  await decide(
    story,
    await review(story, 'skills', 'G3_AWARD', 'Two compliant bids; award to the highest scoring'),
    'APPROVED',
    'Evaluation followed the published criteria',
  );
}

/** Below £100k and low risk: the policy requires no gateway, so the award can follow at once. */
export async function digitalSkillsBootcamp(story: DemoStory): Promise<void> {
  await register(story, 'bootcamp', 'Digital skills bootcamp', 80_000, 'LOW', false);
}

/** Lessons from the adult skills award: one action done, one still to do when the demo is loaded. */
export async function lessonsFromTheSkillsAward(story: DemoStory): Promise<void> {
  const lessonId = story.idOf('lesson', 'market-engagement');
  await story.send(
    (meta) =>
      new LessonCommandMessage(
        lessonId,
        {
          type: 'RecordLesson',
          lessonId,
          title: 'Market engagement came too late',
          whatHappened: 'Only two compliant bids for lot 2',
          effect: 'Weak competition; price above the estimate',
          causes: 'Supplier engagement started after the specification was fixed',
          earlyWarningIndicators: 'Few expressions of interest at the market engagement event',
          recommendation: 'Hold supplier engagement before the strategy gateway for every procurement over £100k',
          priority: 'HIGH',
          procurementId: story.idOf('procurement', 'skills'),
          gateway: 'G3_AWARD',
        },
        meta,
      ),
  );
  const action = (key: string, description: string, owner: string, dueDate: string, target: string, targetReference: string) =>
    story.send(
      (meta) =>
        new LessonCommandMessage(
          lessonId,
          {
            type: 'AssignLessonAction',
            actionId: story.idOf('lesson-action', key),
            description,
            ownerStaffMemberId: story.idOf('staff', owner),
            dueDate,
            target,
            targetReference,
          },
          meta,
        ),
    );
  await action(
    'template',
    'Add a market engagement step to the procurement instruction template',
    'manager',
    addMonths(story.timeline.today(), 1),
    'TEMPLATE',
    'Procurement Instruction Document',
  );
  await action(
    'briefing',
    'Brief officers on early market engagement',
    'officer',
    addDays(story.timeline.loadDay(), 10),
    'TRAINING_COURSE',
    'Procurement Act 2023: Knowledge Drop and e-learning',
  );
}

export async function templateActionClosed(story: DemoStory): Promise<void> {
  await story.send(
    (meta) =>
      new LessonCommandMessage(
        story.idOf('lesson', 'market-engagement'),
        {
          type: 'CloseLessonAction',
          actionId: story.idOf('lesson-action', 'template'),
          evidence: 'Procurement Instruction Document v3, section 2: market engagement before G2',
        },
        meta,
      ),
  );
}

export async function legalTemplatesLesson(story: DemoStory): Promise<void> {
  const lessonId = story.idOf('lesson', 'templates');
  await story.send(
    (meta) =>
      new LessonCommandMessage(
        lessonId,
        {
          type: 'RecordLesson',
          lessonId,
          title: 'Contracts recycled without Legal input',
          whatHappened: 'Officers reused an old contract form for a new service',
          effect: 'Missing financial distress and data protection clauses',
          causes: 'No owned suite of legal templates',
          earlyWarningIndicators: null,
          recommendation: 'Legal owns a suite of templates that cannot be issued without approval (strategy 3.7)',
          priority: 'MEDIUM',
          procurementId: null,
          gateway: null,
        },
        meta,
      ),
  );
}

/** The cleaning procurement: a member's conflict recorded, then the strategy deferred at G2. */
export async function cleaningProcurement(story: DemoStory): Promise<void> {
  const cleaning = await register(story, 'cleaning', 'Office cleaning and facilities', 120_000, 'LOW', false);
  await send(story, cleaning, {
    type: 'DeclareConflictOfInterest',
    staffMemberId: story.idOf('staff', 'place'),
    nature: 'A family member works for an incumbent supplier',
    onBehalfReason: 'Declared orally at the committee meeting; recorded for the member by the procurement lead',
  });
}

export async function cleaningDeferred(story: DemoStory): Promise<void> {
  const deciders = ['finance', 'legal', 'manager'].map((key) => story.idOf('staff', key));
  await decide(
    story,
    await review(story, 'cleaning', 'G2_PROCUREMENT_STRATEGY', 'Request for quotation'),
    'DEFERRED',
    'No modern slavery assessment of the supply chain (PPN 02/23)',
    [],
    deciders,
  );
}

/** The bus franchising award waits for the committee when the demo is loaded. */
export async function busFranchisingAwardRequested(story: DemoStory): Promise<void> {
  await review(story, 'buses', 'G3_AWARD', 'Evaluation complete: preferred bidder for both lots');
}

type Rating = [likelihood: number, impact: number];
const RISKS: { key: string; title: string; category: string; inherent: Rating; residuals: Rating[]; controls: string[]; appetite: string }[] = [
  {
    key: 'modern-slavery',
    title: 'Modern slavery in outsourced cleaning and facilities supply chains',
    category: 'MODERN_SLAVERY',
    inherent: [4, 5],
    residuals: [
      [4, 4],
      [3, 4],
      [3, 4],
    ],
    controls: ['PPN 02/23 questions in the selection questionnaire', 'Modern slavery statement checked at award'],
    appetite: 'AVERSE',
  },
  {
    key: 'supplier-failure',
    title: 'Failure of a key transport contractor',
    category: 'SUPPLY_CHAIN_AND_CONTRACTOR_FAILURE',
    inherent: [3, 5],
    residuals: [
      [3, 5],
      [3, 4],
      [3, 4],
    ],
    controls: ['Financial distress clause in strategic contracts', 'Quarterly supplier financial checks'],
    appetite: 'CAUTIOUS',
  },
  {
    key: 'gdpr',
    title: 'Personal data breach at a supplier',
    category: 'GDPR',
    inherent: [3, 4],
    residuals: [
      [3, 4],
      [2, 4],
      [2, 4],
    ],
    controls: ['Data processing agreements', 'Supplier security questionnaire'],
    appetite: 'MINIMAL',
  },
  {
    key: 'fraud',
    title: 'Mandate and invoice fraud',
    category: 'FRAUD_AND_FINANCIAL_LOSS',
    inherent: [4, 4],
    residuals: [
      [3, 4],
      [3, 3],
      [2, 3],
    ],
    controls: ['Bank detail changes verified by call-back', 'Segregation of duties in finance'],
    appetite: 'AVERSE',
  },
  {
    key: 'inflation',
    title: 'Inflation and energy prices push contract costs over budget',
    category: 'EXTERNAL_EVENTS',
    inherent: [4, 3],
    residuals: [
      [4, 3],
      [4, 3],
      [4, 3],
    ],
    controls: ['Indexation clauses capped'],
    appetite: 'OPEN',
  },
];

/** The five risk categories of strategy 3.9 on the register, scored before controls and after. */
export async function riskRegisterOpened(story: DemoStory): Promise<void> {
  for (const risk of RISKS) {
    const riskId = story.idOf('risk', risk.key);
    const [first] = risk.residuals;
    await story.send(
      (meta) =>
        new RiskCommandMessage(
          riskId,
          {
            type: 'IdentifyRisk',
            riskId,
            title: risk.title,
            category: risk.category,
            owner: 'Procurement & Contracts Manager',
            inherent: { likelihood: risk.inherent[0], impact: risk.inherent[1] },
            residual: { likelihood: first[0], impact: first[1] },
            appetite: risk.appetite,
            treatment: risk.category === 'EXTERNAL_EVENTS' ? 'TOLERATE' : 'TREAT',
            controls: risk.controls,
            reviewEveryMonths: 3,
          },
          meta,
        ),
    );
  }
}

const REVIEW_NOTES = ['Quarterly review: controls in place and working', 'Quarterly review: residual score re-rated after the controls were tested'];

/** A quarterly review of every risk (`round` 1 or 2), but for those named in `skip`: their review is overdue. */
export async function risksReviewed(story: DemoStory, round: 1 | 2, skip: readonly string[] = []): Promise<void> {
  for (const risk of RISKS.filter((r) => !skip.includes(r.key))) {
    const [likelihood, impact] = risk.residuals[round];
    const notes =
      risk.key === 'modern-slavery' && round === 2 ? 'Cleaning procurement deferred at G2 for want of a supply-chain assessment' : REVIEW_NOTES[round - 1];
    await story.send((meta) => new RiskCommandMessage(story.idOf('risk', risk.key), { type: 'ReviewRisk', residual: { likelihood, impact }, notes }, meta));
  }
}
