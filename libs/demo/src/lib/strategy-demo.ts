import { ActionPlanCommandMessage, MaturityAssessmentCommandMessage } from '@ledger/strategy-api';
import { MaturityLevel } from '@ledger/strategy-domain';
import { DemoStory } from './demo-timeline';

/**
 * The strategy's baseline (section 2.3.4: "maturity ... calculated to be 1.8", aiming for 2-3):
 * the previous year assessed on the five areas whose current level the seed states plainly.
 * Four at DEVELOPING (2) and Developing talent at MINIMUM (1): (2 + 2 + 2 + 2 + 1) / 5 = 1.8.
 */
const BASELINE: [area: string, level: MaturityLevel, target: MaturityLevel, evidence: string][] = [
  ['Engaging councillors', 'DEVELOPING', 'MATURE', 'Councillor engagement varies with the value and political sensitivity of the procurement (strategy 3.5)'],
  [
    'Engaging senior managers',
    'DEVELOPING',
    'MATURE',
    'Senior managers acknowledge the role of procurement but take little part in the process and decisions (strategy 3.5)',
  ],
  [
    'Creating commercial opportunities',
    'DEVELOPING',
    'MATURE',
    'Forward planning limited to governance reporting; option appraisals on high value or high risk procurements only (strategy 3.6)',
  ],
  ['Exploiting digital technology', 'DEVELOPING', 'MATURE', 'Electronic tendering used for some tenders and quotations only (strategy 3.4)'],
  ['Developing talent', 'MINIMUM', 'MATURE', 'No formal training programme, skills matrix or training register; training delivered ad hoc (strategy 3.3, 3.5)'],
];

/** Action plan items from the strategy's sections 3.3-3.10, with the progress made so far on some. */
const ACTIONS: [area: string, description: string, yearsAhead: number, targetLevel: MaturityLevel, progress?: [number, string]][] = [
  [
    'Developing talent',
    'Carry out a team skills review; create a skills matrix and a training plan with at least two courses for each individual (3.3)',
    1,
    'MATURE',
    [75, 'Skills matrix and training register kept in the ledger; Procurement Act training planned for every officer'],
  ],
  [
    'Developing talent',
    'Add a Contracts Manager and two Procurement Officers to the team (3.3, resourcing levels)',
    1,
    'DEVELOPING',
    [50, 'Contracts Manager appointed; the two Procurement Officer posts await funding'],
  ],
  ['Exploiting digital technology', 'Use the electronic tendering system for all tenders and quotations (3.4)', 1, 'MATURE'],
  [
    'Engaging senior managers',
    'Establish a gateway process managed by a committee of senior managers, finance and legal among them (3.5, 3.7)',
    1,
    'MATURE',
    [100, 'Gateway policy adopted and the committee set up'],
  ],
  ['Managing contracts and relationships', 'Include an appropriate financial distress clause in all standard form contracts (3.8)', 2, 'MATURE'],
  [
    'Managing strategic risk',
    'Extend the strategy to modern slavery, supply chain and contractor failure, GDPR, fraud and financial loss, and external events (3.9)',
    1,
    'DEVELOPING',
    [60, 'Strategic risk register kept for all five categories and reviewed quarterly'],
  ],
  ['Obtaining social value', 'Publish a social value policy and implementation strategy, and train officers on it (3.10)', 1, 'DEVELOPING'],
];

/**
 * Last year's baseline and the action plan, recorded twelve months before the demo is loaded (always
 * within last year, so the assessment is for a year already under way).
 */
export async function lastYearsBaseline(story: DemoStory): Promise<void> {
  const baselineYear = Number(story.timeline.today().slice(0, 4));
  for (const [area, level, target, evidence] of BASELINE) {
    await story.send((meta) => new MaturityAssessmentCommandMessage({ type: 'AssessMaturity', year: baselineYear, area, level, target, evidence }, meta));
  }
  for (const [area, description, yearsAhead, targetLevel] of ACTIONS) {
    const itemId = story.idOf('maturity-action', description);
    await story.send(
      (meta) =>
        new ActionPlanCommandMessage(
          itemId,
          { type: 'AddActionPlanItem', itemId, area, description, targetYear: baselineYear + yearsAhead, targetLevel },
          meta,
        ),
    );
  }
}

/** The progress made on the action plan, as reported at the latest update. */
export async function actionPlanProgress(story: DemoStory): Promise<void> {
  for (const [, description, , , progress] of ACTIONS) {
    if (!progress) continue;
    await story.send(
      (meta) =>
        new ActionPlanCommandMessage(
          story.idOf('maturity-action', description),
          { type: 'RecordActionProgress', percent: progress[0], note: progress[1] },
          meta,
        ),
    );
  }
}
