import { INestApplicationContext } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { GatewayPolicyCommandMessage, ProcurementCommandMessage } from '@ledger/gateway-api';
import { DEFAULT_GATEWAY_POLICY, ProcurementRequest } from '@ledger/gateway-domain';
import { LessonCommandMessage } from '@ledger/lessons-api';
import { RiskCommandMessage } from '@ledger/risk-api';
import { Actor, commandMetadataFor, newAggregateId } from '@ledger/shared-api';
import { addMonths, ukDateOf } from '@ledger/shared-domain';

/**
 * The strategy's gateway process in use (section 3.7): the default policy adopted, procurements at
 * different gateways, a conflict of interest, lessons after an award feeding a template and a
 * course, and the strategic risk register for the five categories of section 3.9.
 */
export async function loadGovernanceDemo(app: INestApplicationContext, actor: Actor, people: Map<string, string>, now = new Date()): Promise<void> {
  const bus = app.get(CommandBus);
  const meta = () => commandMetadataFor(actor, { now });
  const staff = (key: string) => people.get(`staff:${key}`) as string;
  const committee = [staff('finance'), staff('legal'), staff('place')];

  await bus.execute(
    new GatewayPolicyCommandMessage(
      { type: 'AdoptGatewayPolicy', rules: DEFAULT_GATEWAY_POLICY, reason: 'Gateway process designed with stakeholders and senior managers (strategy 3.7); committee set up' },
      meta(),
    ),
  );

  const procurement = async (title: string, estimatedValue: number, riskLevel: 'LOW' | 'MEDIUM' | 'HIGH', politicalInterest: boolean) => {
    const id = newAggregateId('procurement');
    await bus.execute(new ProcurementCommandMessage(id, { type: 'RegisterProcurement', procurementId: id, title, estimatedValue, riskLevel, politicalInterest }, meta()));
    return id;
  };
  const send = (id: string | null, command: ProcurementRequest) => bus.execute(new ProcurementCommandMessage(id, command, meta()));
  const review = async (procurementId: string, gateway: string, summary: string) => {
    const reviewId = newAggregateId('review');
    await send(procurementId, { type: 'RequestGatewayReview', reviewId, gateway, summary });
    return reviewId;
  };
  const decide = (reviewId: string, outcome: string, rationale: string, conditions: string[] = []) =>
    send(null, { type: 'RecordGatewayDecision', reviewId, outcome, rationale, conditions, committeeMemberIds: committee });

  const buses = await procurement('Bus franchising: advisory services', 1_200_000, 'HIGH', true);
  await decide(await review(buses, 'G1_BUSINESS_CASE', 'Business case for advisory support to the franchising assessment'), 'APPROVED', 'Case made; budget confirmed in the medium-term financial plan');
  const busStrategy = await review(buses, 'G2_PROCUREMENT_STRATEGY', 'Competitive flexible procedure under the Procurement Act 2023, two lots');
  await decide(busStrategy, 'APPROVED_WITH_CONDITIONS', 'Sound approach; social value must be weighted', ['Weight social value at no less than 10% of the quality score']);
  await send(null, { type: 'DischargeCondition', reviewId: busStrategy, conditionIndex: 0, evidence: 'Tender documents section 4.2: social value 10% of quality' });
  await review(buses, 'G3_AWARD', 'Evaluation complete: preferred bidder for both lots');

  const skills = await procurement('Adult skills provision framework, lot 2', 450_000, 'MEDIUM', false);
  await decide(await review(skills, 'G2_PROCUREMENT_STRATEGY', 'Call-off from an existing framework'), 'APPROVED', 'Framework offers value for money');
  await decide(await review(skills, 'G3_AWARD', 'Two compliant bids; award to the highest scoring'), 'APPROVED', 'Evaluation followed the published criteria');

  const cleaning = await procurement('Office cleaning and facilities', 120_000, 'LOW', false);
  await send(cleaning, {
    type: 'DeclareConflictOfInterest',
    staffMemberId: staff('place'),
    nature: 'A family member works for an incumbent supplier',
    onBehalfReason: 'Declared orally at the committee meeting; recorded for the member by the procurement lead',
  });
  await bus.execute(
    new ProcurementCommandMessage(null, { type: 'RecordGatewayDecision', reviewId: await review(cleaning, 'G2_PROCUREMENT_STRATEGY', 'Request for quotation'), outcome: 'DEFERRED', rationale: 'No modern slavery assessment of the supply chain (PPN 02/23)', conditions: [], committeeMemberIds: [staff('finance'), staff('legal'), staff('manager')] }, meta()),
  );
  await procurement('Digital skills bootcamp', 80_000, 'LOW', false);

  const lessonId = newAggregateId('lesson');
  await bus.execute(
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
        procurementId: skills,
        gateway: 'G3_AWARD',
      },
      meta(),
    ),
  );
  const today = ukDateOf(now);
  const action = (description: string, owner: string, months: number, target: string, targetReference: string) =>
    bus.execute(
      new LessonCommandMessage(lessonId, { type: 'AssignLessonAction', actionId: newAggregateId('lesson-action'), description, ownerStaffMemberId: staff(owner), dueDate: addMonths(today, months), target, targetReference }, meta()),
    );
  await action('Add a market engagement step to the procurement instruction template', 'manager', 1, 'TEMPLATE', 'Procurement Instruction Document');
  await action('Brief officers on early market engagement', 'officer', 2, 'TRAINING_COURSE', 'Procurement Act 2023: Knowledge Drop and e-learning');

  const templatesLesson = newAggregateId('lesson');
  await bus.execute(
    new LessonCommandMessage(
      templatesLesson,
      {
        type: 'RecordLesson',
        lessonId: templatesLesson,
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
      meta(),
    ),
  );

  const risks: [string, string, [number, number], [number, number], string[], string][] = [
    ['Modern slavery in outsourced cleaning and facilities supply chains', 'MODERN_SLAVERY', [4, 5], [3, 4], ['PPN 02/23 questions in the selection questionnaire', 'Modern slavery statement checked at award'], 'AVERSE'],
    ['Failure of a key transport contractor', 'SUPPLY_CHAIN_AND_CONTRACTOR_FAILURE', [3, 5], [3, 4], ['Financial distress clause in strategic contracts', 'Quarterly supplier financial checks'], 'CAUTIOUS'],
    ['Personal data breach at a supplier', 'GDPR', [3, 4], [2, 4], ['Data processing agreements', 'Supplier security questionnaire'], 'MINIMAL'],
    ['Mandate and invoice fraud', 'FRAUD_AND_FINANCIAL_LOSS', [4, 4], [2, 3], ['Bank detail changes verified by call-back', 'Segregation of duties in finance'], 'AVERSE'],
    ['Inflation and energy prices push contract costs over budget', 'EXTERNAL_EVENTS', [4, 3], [4, 3], ['Indexation clauses capped'], 'OPEN'],
  ];
  for (const [title, category, inherent, residual, controls, appetite] of risks) {
    const riskId = newAggregateId('risk');
    await bus.execute(
      new RiskCommandMessage(
        riskId,
        {
          type: 'IdentifyRisk',
          riskId,
          title,
          category,
          owner: 'Procurement & Contracts Manager',
          inherent: { likelihood: inherent[0], impact: inherent[1] },
          residual: { likelihood: residual[0], impact: residual[1] },
          appetite,
          treatment: category === 'EXTERNAL_EVENTS' ? 'TOLERATE' : 'TREAT',
          controls,
          reviewEveryMonths: 3,
        },
        meta(),
      ),
    );
    if (category === 'MODERN_SLAVERY') {
      await bus.execute(new RiskCommandMessage(riskId, { type: 'ReviewRisk', residual: { likelihood: 3, impact: 4 }, notes: 'Cleaning procurement deferred at G2 for want of a supply-chain assessment' }, meta()));
    }
  }
}
