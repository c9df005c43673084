import { ContractFact, TrainingFact, VariationAwaitingApprovalFact, Viewer, WorkFacts, WorkItem, workItemsFor } from './work-items';

const NOTHING: WorkFacts = {
  reviewsAwaitingDecision: [],
  outstandingConditions: [],
  training: [],
  risks: [],
  lessonsDue: [],
  lessonActions: [],
  contracts: [],
  variationsAwaitingApproval: [],
};
const TODAY = '2026-11-30';

const given = (facts: Partial<WorkFacts>) => ({
  when: (viewer: Viewer, today = TODAY) => ({ then: (expect_: (items: WorkItem[]) => void) => expect_(workItemsFor(viewer, { ...NOTHING, ...facts }, today)) }),
});
const kinds = (items: WorkItem[]) => items.map((i) => `${i.kind} ${i.subjectId}${i.overdue ? ' overdue' : ''}`);

const committee: Viewer = { roles: ['COMMITTEE_MEMBER'], staffMemberId: 'staff-ann' };
const lead: Viewer = { roles: ['PROCUREMENT_LEAD'], staffMemberId: 'staff-lee' };
const hr: Viewer = { roles: ['HR_LEAD'], staffMemberId: 'staff-hana' };
const staff: Viewer = { roles: ['STAFF'], staffMemberId: 'staff-sam' };
const manager: Viewer = { roles: ['CONTRACT_MANAGER'], staffMemberId: 'staff-max' };
const auditor: Viewer = { roles: ['AUDITOR'], staffMemberId: null };

const review = (procurementId: string, committee_: string[] | null, conflicted: string[] = []) => ({
  procurementId,
  procurementTitle: `Procurement ${procurementId}`,
  gatewayLabel: 'the award gateway (G3)',
  requestedOn: '2026-11-20',
  committee: committee_,
  conflicted,
});

const training = (overrides: Partial<TrainingFact>): TrainingFact => ({
  staffMemberId: 'staff-sam',
  personName: 'Sam Smith',
  courseId: 'course-1',
  courseTitle: 'Contract management',
  status: 'PLANNED',
  plannedFor: null,
  completedOn: null,
  expiresOn: null,
  ...overrides,
});

const contract = (overrides: Partial<ContractFact>): ContractFact => ({
  contractId: 'contract-1',
  title: 'Bus shelters',
  supplierName: 'Acme Ltd',
  status: 'ACTIVE',
  startDate: '2025-04-01',
  endDate: '2028-03-31',
  closedOn: null,
  noticePeriodDays: null,
  managers: ['staff-max'],
  kpis: [],
  commitments: [],
  ...overrides,
});
const kpi = (firstPeriod: string, reported: string[]) =>
  ({
    kpiId: 'kpi-1',
    name: 'On-time repairs',
    target: '95%',
    firstPeriod,
    reports: Object.fromEntries(reported.map((period) => [period, { rating: 'GREEN', note: 'ok', reportedAt: '2026-01-01T00:00:00Z', reportedBy: 'u' }])),
  }) as unknown as ContractFact['kpis'][number];
const commitment = (firstPeriod: string, reported: string[]) =>
  ({
    commitmentId: 'commitment-1',
    measureId: 'measure-1',
    theme: 'Jobs',
    outcome: 'Apprenticeships',
    unit: 'weeks',
    proxyValuePerUnit: null,
    committedQuantity: 10,
    firstPeriod,
    deliveries: Object.fromEntries(
      reported.map((period) => [period, { quantity: 1, evidence: 'payroll', reportedAt: '2026-01-01T00:00:00Z', reportedBy: 'u' }]),
    ),
  }) as unknown as ContractFact['commitments'][number];

describe('the work queue', () => {
  describe('gateway decisions awaited', () => {
    it('shows a committee member, under the default policy, every review awaiting a decision', () =>
      given({ reviewsAwaitingDecision: [review('p1', null)] })
        .when(committee)
        .then((items) => expect(kinds(items)).toEqual(['GATEWAY_DECISION_AWAITED p1'])));

    it('hides a review from a member who is not on the named committee or who declared a conflict', () =>
      given({ reviewsAwaitingDecision: [review('p1', ['staff-bob']), review('p2', null, ['staff-ann']), review('p3', ['staff-ann'])] })
        .when(committee)
        .then((items) => expect(kinds(items)).toEqual(['GATEWAY_DECISION_AWAITED p3'])));

    it('never shows reviews to roles that do not decide, nor to a committee member without a staff record', () => {
      given({ reviewsAwaitingDecision: [review('p1', null)] })
        .when(lead)
        .then((items) => expect(items).toEqual([]));
      given({ reviewsAwaitingDecision: [review('p1', null)] })
        .when({ roles: ['COMMITTEE_MEMBER'], staffMemberId: null })
        .then((items) => expect(items).toEqual([]));
    });

    it('names the gateway as people say it, not its code', () =>
      given({ reviewsAwaitingDecision: [review('p1', null)] })
        .when(committee)
        .then(([item]) => expect(item.title).toBe('Decide the award gateway (G3) for “Procurement p1” (requested 20 November 2026)')));
  });

  it('shows the procurement lead the conditions still to discharge', () =>
    given({
      outstandingConditions: [
        { procurementId: 'p1', procurementTitle: 'Fleet', gatewayLabel: 'the business case gateway (G1)', condition: 'Market test', decidedOn: '2026-10-01' },
      ],
    })
      .when(lead)
      .then((items) => expect(kinds(items)).toEqual(['GATEWAY_CONDITION_OUTSTANDING p1'])));

  describe('training', () => {
    const facts = {
      training: [
        training({ status: 'BOOKED', plannedFor: '2026-11-01' }),
        training({ staffMemberId: 'staff-kim', personName: 'Kim Lee', status: 'PLANNED', plannedFor: '2026-10-01' }),
        training({ status: 'PLANNED', plannedFor: '2026-12-15', courseId: 'course-2' }),
      ],
    };

    it('shows a member of staff their own overdue training only, and nothing planned for the future', () =>
      given(facts)
        .when(staff)
        .then((items) => {
          expect(kinds(items)).toEqual(['TRAINING_OVERDUE staff-sam overdue']);
          expect(items[0].title).toBe('Your “Contract management” was planned for 1 November 2026: book, record or cancel it');
        }));

    it('shows HR everybody’s overdue training, oldest first, by name', () =>
      given(facts)
        .when(hr)
        .then((items) => {
          expect(kinds(items)).toEqual(['TRAINING_OVERDUE staff-kim overdue', 'TRAINING_OVERDUE staff-sam overdue']);
          expect(items[0].title).toMatch(/^Kim Lee’s “Contract management”/);
        }));

    it('warns of a qualification expiring within 60 days, and counts an expired one as overdue', () =>
      given({
        training: [
          training({ status: 'COMPLETED', completedOn: '2024-01-10', expiresOn: '2027-01-20' }),
          training({ courseId: 'course-2', courseTitle: 'First aid', status: 'EXPIRED', completedOn: '2023-01-10', expiresOn: '2026-01-10' }),
          training({ courseId: 'course-3', status: 'COMPLETED', completedOn: '2026-01-10', expiresOn: '2027-06-10' }),
        ],
      })
        .when(staff)
        .then((items) =>
          expect(items.map((i) => [i.kind, i.dueOn, i.overdue])).toEqual([
            ['TRAINING_EXPIRING', '2026-01-10', true],
            ['TRAINING_EXPIRING', '2027-01-20', false],
          ]),
        ));

    it('drops an expiring qualification once its renewal is planned or completed again', () =>
      given({
        training: [
          training({ status: 'COMPLETED', completedOn: '2024-01-10', expiresOn: '2027-01-20' }),
          training({ status: 'BOOKED', plannedFor: '2027-01-05' }),
          training({ courseId: 'course-2', status: 'COMPLETED', completedOn: '2023-01-10', expiresOn: '2026-01-10' }),
          training({ courseId: 'course-2', status: 'COMPLETED', completedOn: '2026-01-05', expiresOn: '2029-01-05' }),
        ],
      })
        .when(staff)
        .then((items) => expect(items).toEqual([])));

    it('ignores cancelled plans', () =>
      given({ training: [training({ status: 'CANCELLED', plannedFor: '2026-01-01' })] })
        .when(staff)
        .then((items) => expect(items).toEqual([])));
  });

  it('shows the procurement lead open risks whose review date has passed', () =>
    given({
      risks: [
        { id: 'r1', title: 'Supplier failure', nextReviewDue: '2026-11-29', closed: false },
        { id: 'r2', title: 'Closed one', nextReviewDue: '2026-01-01', closed: true },
        { id: 'r3', title: 'Due today', nextReviewDue: '2026-11-30', closed: false },
      ],
    })
      .when(lead)
      .then((items) => expect(kinds(items)).toEqual(['RISK_REVIEW_OVERDUE r1 overdue'])));

  describe('lessons', () => {
    const facts: Partial<WorkFacts> = {
      lessonsDue: [{ procurementId: 'p1', procurementTitle: 'Fleet', awardedOn: '2026-09-01' }],
      lessonActions: [
        { lessonId: 'l1', lessonTitle: 'Late specs', description: 'Update the template', ownerId: 'staff-sam', dueDate: '2026-12-10', open: true },
        { lessonId: 'l2', lessonTitle: 'Thin market', description: 'Engage earlier', ownerId: 'staff-kim', dueDate: '2026-11-01', open: true },
        { lessonId: 'l3', lessonTitle: 'Far off', description: 'Next year', ownerId: 'staff-sam', dueDate: '2027-06-01', open: true },
        { lessonId: 'l4', lessonTitle: 'Done', description: 'Closed', ownerId: 'staff-sam', dueDate: '2026-11-01', open: false },
      ],
    };

    it('shows the procurement lead lessons due after an award and every open action due within 14 days', () =>
      given(facts)
        .when(lead)
        .then((items) => expect(kinds(items)).toEqual(['LESSON_ACTION_DUE l2 overdue', 'LESSON_ACTION_DUE l1', 'LESSON_DUE p1'])));

    it('shows a member of staff only the actions they own', () =>
      given(facts)
        .when(staff)
        .then((items) => expect(kinds(items)).toEqual(['LESSON_ACTION_DUE l1'])));
  });

  describe('contracts', () => {
    it('warns 90 days before a contract ends, or its notice period before if that is longer, due by the notice date', () => {
      given({
        contracts: [
          contract({ endDate: '2027-02-27' }),
          contract({ contractId: 'contract-2', endDate: '2027-03-01' }),
          contract({ contractId: 'contract-3', endDate: '2027-05-01', noticePeriodDays: 180 }),
        ],
      })
        .when(lead)
        .then((items) => {
          expect(kinds(items)).toEqual(['CONTRACT_ENDING contract-3 overdue', 'CONTRACT_ENDING contract-1']);
          expect(items[0].dueOn).toBe('2026-11-02');
        });
    });

    it('says nothing of a contract that has ended or been terminated', () =>
      given({ contracts: [contract({ endDate: '2026-12-01', status: 'ENDED', closedOn: '2026-11-01' })] })
        .when(lead)
        .then((items) => expect(items).toEqual([])));

    it('makes a KPI report overdue after its quarter ends, one item per KPI from its oldest gap, counting the later quarters', () =>
      given({ contracts: [contract({ kpis: [kpi('2026-Q1', ['2026-Q1'])] })] })
        .when(manager)
        .then((items) =>
          expect(items).toEqual([
            {
              kind: 'KPI_REPORT_DUE',
              title: 'Report KPI “On-time repairs” on “Bus shelters” for 2026-Q2 and 2 later quarters',
              subjectId: 'contract-1',
              dueOn: '2026-06-30',
              overdue: true,
            },
          ]),
        ));

    it('shows the current quarter’s report as due, not overdue, until the quarter ends', () =>
      given({ contracts: [contract({ kpis: [kpi('2026-Q4', [])] })] })
        .when(manager)
        .then((items) => expect(items.map((i) => [i.kind, i.dueOn, i.overdue])).toEqual([['KPI_REPORT_DUE', '2026-12-31', false]])));

    it('asks for social value delivery reports the same way, never beyond the contract’s term', () =>
      given({ contracts: [contract({ endDate: '2026-05-15', commitments: [commitment('2026-Q1', ['2026-Q1'])] })] })
        .when(manager)
        .then((items) =>
          expect(items.filter((i) => i.kind === 'SOCIAL_VALUE_REPORT_DUE').map((i) => i.title)).toEqual([
            'Report social value “Apprenticeships” on “Bus shelters” for 2026-Q2',
          ]),
        ));

    it('shows a contract manager only the contracts they manage, and the procurement lead all', () => {
      const facts = {
        contracts: [contract({ endDate: '2027-01-31' }), contract({ contractId: 'contract-2', endDate: '2027-01-31', managers: ['staff-other'] })],
      };
      given(facts)
        .when(manager)
        .then((items) => expect(kinds(items)).toEqual(['CONTRACT_ENDING contract-1']));
      given(facts)
        .when(lead)
        .then((items) => expect(kinds(items)).toEqual(['CONTRACT_ENDING contract-1', 'CONTRACT_ENDING contract-2']));
    });
  });

  describe('variations awaiting approval', () => {
    const waiting = (overrides: Partial<VariationAwaitingApprovalFact> = {}): VariationAwaitingApprovalFact => ({
      contractId: 'contract-1',
      contractTitle: 'Bus shelters',
      supplierName: 'Acme Ltd',
      variationId: 'variation-1',
      description: 'Forty more shelters',
      valueChange: 150_000,
      recordedOn: '2026-11-02',
      ...overrides,
    });

    it('shows the procurement lead each variation waiting for approval: contract, supplier, description, value change and since when, never overdue', () =>
      given({ variationsAwaitingApproval: [waiting(), waiting({ contractId: 'contract-2', contractTitle: 'Car parks', variationId: 'variation-2', description: 'Fewer barriers', valueChange: -20_000.5, recordedOn: '2026-11-28' })] })
        .when(lead)
        .then((items) =>
          expect(items).toEqual([
            {
              kind: 'VARIATION_AWAITING_APPROVAL',
              title: 'Approve or reject the variation to “Bus shelters” with Acme Ltd: “Forty more shelters”, +£150,000, waiting since 2 November 2026',
              subjectId: 'contract-1',
              dueOn: null,
              overdue: false,
            },
            {
              kind: 'VARIATION_AWAITING_APPROVAL',
              title: 'Approve or reject the variation to “Car parks” with Acme Ltd: “Fewer barriers”, -£20,000.50, waiting since 28 November 2026',
              subjectId: 'contract-2',
              dueOn: null,
              overdue: false,
            },
          ]),
        ));

    it('shows them to an administrator too (who may approve), and to nobody who may not: a contract manager, an auditor, the HR lead', () => {
      const facts = { variationsAwaitingApproval: [waiting()] };
      given(facts)
        .when({ roles: ['ADMIN'], staffMemberId: null })
        .then((items) => expect(kinds(items)).toEqual(['VARIATION_AWAITING_APPROVAL contract-1']));
      for (const viewer of [manager, auditor, hr, committee]) given(facts).when(viewer).then((items) => expect(items).toEqual([]));
    });
  });

  it('gives an auditor, who acts on nothing, an empty queue', () =>
    given({
      reviewsAwaitingDecision: [review('p1', null)],
      risks: [{ id: 'r1', title: 'Supplier failure', nextReviewDue: '2026-01-01', closed: false }],
      contracts: [contract({ endDate: '2026-12-31' })],
    })
      .when(auditor)
      .then((items) => expect(items).toEqual([])));
});
