import { CalendarEntry, calendarEntriesFor } from './calendar-entries';
import { calendarEntryUid, calendarFeedIcs } from './calendar-feed';
import { ContractFact, TrainingFact, Viewer, WorkFacts } from './work-items';

const ICAL = require('ical.js');

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
  when: (viewer: Viewer, today = TODAY) => calendarEntriesFor(viewer, { ...NOTHING, ...facts }, today),
});
const lines = (entries: CalendarEntry[]) => entries.map((e) => `${e.date} ${e.kind} ${e.subjectId}`);

const committee: Viewer = { roles: ['COMMITTEE_MEMBER'], staffMemberId: 'staff-ann' };
const lead: Viewer = { roles: ['PROCUREMENT_LEAD'], staffMemberId: 'staff-lee' };
const hr: Viewer = { roles: ['HR_LEAD'], staffMemberId: 'staff-hana' };
const staff: Viewer = { roles: ['STAFF'], staffMemberId: 'staff-sam' };
const manager: Viewer = { roles: ['CONTRACT_MANAGER'], staffMemberId: 'staff-max' };
const auditor: Viewer = { roles: ['AUDITOR'], staffMemberId: null };

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
  startDate: '2026-04-01',
  endDate: '2028-03-31',
  closedOn: null,
  noticePeriodDays: 90,
  managers: ['staff-max'],
  kpis: [{ kpiId: 'kpi-1', name: 'On-time repairs', target: '95%', firstPeriod: '2026-Q3', reports: {} } as unknown as ContractFact['kpis'][number]],
  commitments: [],
  ...overrides,
});

describe('calendar entries', () => {
  it('puts a person’s planned and booked training on its day, ahead as well as past, and nobody else’s', () => {
    const entries = given({
      training: [
        training({ plannedFor: '2027-01-15' }),
        training({ courseId: 'course-2', courseTitle: 'Procurement Act', status: 'BOOKED', plannedFor: '2026-11-01' }),
        training({ staffMemberId: 'staff-dev', personName: 'Dev Shah', plannedFor: '2026-12-10' }),
      ],
    }).when(staff);
    expect(entries.map((e) => [e.date, e.summary])).toEqual([
      ['2026-11-01', 'Training booked: “Procurement Act”'],
      ['2027-01-15', 'Training planned: “Contract management”'],
    ]);
  });

  it('shows the HR lead everyone’s training by name, and a qualification’s expiry unless its renewal is in hand', () => {
    const entries = given({
      training: [
        training({ status: 'COMPLETED', completedOn: '2025-06-01', expiresOn: '2027-06-01' }),
        training({ staffMemberId: 'staff-dev', personName: 'Dev Shah', status: 'COMPLETED', completedOn: '2025-01-01', expiresOn: '2027-01-01' }),
        training({ staffMemberId: 'staff-dev', personName: 'Dev Shah', plannedFor: '2026-12-20' }),
      ],
    }).when(hr);
    expect(entries.map((e) => [e.date, e.kind, e.summary])).toEqual([
      ['2026-12-20', 'TRAINING_PLANNED', 'Training planned: “Contract management” (Dev Shah)'],
      ['2027-06-01', 'QUALIFICATION_EXPIRES', 'Qualification expires: “Contract management” (Sam Smith)'],
    ]);
  });

  it('gives a committee member the reviews they may decide on the day they were requested, not those they are conflicted on', () => {
    const review = (procurementId: string, conflicted: string[] = []) => ({
      procurementId,
      procurementTitle: `Procurement ${procurementId}`,
      gatewayLabel: 'the award gateway (G3)',
      requestedOn: '2026-11-20',
      committee: null,
      conflicted,
    });
    const facts = { reviewsAwaitingDecision: [review('p1'), review('p2', ['staff-ann'])] };
    expect(lines(given(facts).when(committee))).toEqual(['2026-11-20 GATEWAY_DECISION_AWAITED p1']);
    expect(given(facts).when(committee)[0]).toMatchObject({
      summary: 'Gateway decision awaited: the award gateway (G3) for “Procurement p1”',
      path: '/gateway/p1',
    });
    expect(given(facts).when(staff)).toEqual([]);
  });

  it('gives the procurement lead every open risk’s next review and every open lesson action; a member of staff only their own actions', () => {
    const facts: Partial<WorkFacts> = {
      risks: [
        { id: 'r1', title: 'Supplier failure', nextReviewDue: '2027-02-28', closed: false },
        { id: 'r2', title: 'Closed one', nextReviewDue: '2026-01-01', closed: true },
      ],
      lessonActions: [
        { lessonId: 'l1', lessonTitle: 'Late award', description: 'Update the template', ownerId: 'staff-sam', dueDate: '2027-03-01', open: true },
        { lessonId: 'l1', lessonTitle: 'Late award', description: 'Brief the team', ownerId: 'staff-dev', dueDate: '2027-03-02', open: true },
        { lessonId: 'l1', lessonTitle: 'Late award', description: 'Done already', ownerId: 'staff-sam', dueDate: '2026-10-01', open: false },
      ],
    };
    expect(lines(given(facts).when(lead))).toEqual(['2027-02-28 RISK_REVIEW_DUE r1', '2027-03-01 LESSON_ACTION_DUE l1', '2027-03-02 LESSON_ACTION_DUE l1']);
    expect(
      given(facts)
        .when(staff)
        .map((e) => e.summary),
    ).toEqual(['Lesson action due: Update the template (from “Late award”)']);
  });

  it('gives a contract manager their contracts’ notice date, end date and reports due; another manager and an auditor nothing', () => {
    const facts = { contracts: [contract({})] };
    expect(lines(given(facts).when(manager))).toEqual([
      '2026-09-30 KPI_REPORT_DUE contract-1',
      '2026-12-31 KPI_REPORT_DUE contract-1',
      '2028-01-01 CONTRACT_NOTICE_DUE contract-1',
      '2028-03-31 CONTRACT_ENDS contract-1',
    ]);
    expect(given(facts).when(manager)[3].summary).toBe('Contract ends: “Bus shelters” with Acme Ltd');
    expect(given(facts).when({ ...manager, staffMemberId: 'staff-other' })).toEqual([]);
    expect(given(facts).when(auditor)).toEqual([]);
    expect(lines(given({ contracts: [contract({ status: 'CLOSED' as ContractFact['status'], kpis: [] })] }).when(lead))).toEqual([]);
  });
});

describe('calendar feed (RFC 5545)', () => {
  const entries = given({ training: [training({ plannedFor: '2027-01-15' })], contracts: [contract({})] }).when(lead);
  const settings = { uidHost: 'ledger.example.gov.uk', uiOrigin: 'https://ledger.example.gov.uk', name: 'Governance Ledger: my dates' };

  it('parses with a maintained iCalendar parser: all-day events with their UID, day, summary and link', () => {
    const calendar = new ICAL.Component(ICAL.parse(calendarFeedIcs(entries, settings)));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Governance Ledger: my dates');
    const events = calendar.getAllSubcomponents('vevent').map((component: { getFirstPropertyValue(name: string): unknown }) => {
      const event = new ICAL.Event(component);
      return {
        uid: event.uid,
        start: event.startDate.toString(),
        allDay: event.startDate.isDate,
        summary: event.summary,
        url: component.getFirstPropertyValue('url'),
      };
    });
    expect(events).toHaveLength(entries.length);
    expect(events.find((e: { uid: string }) => e.uid.startsWith('contract-ends-'))).toEqual({
      uid: 'contract-ends-contract-1-2028-03-31@ledger.example.gov.uk',
      start: '2028-03-31',
      allDay: true,
      summary: 'Contract ends: “Bus shelters” with Acme Ltd',
      url: 'https://ledger.example.gov.uk/contracts/contract-1',
    });
  });

  it('is the same text for the same facts: nothing comes from the clock', () => {
    expect(calendarFeedIcs(entries, settings)).toBe(
      calendarFeedIcs(given({ training: [training({ plannedFor: '2027-01-15' })], contracts: [contract({})] }).when(lead), settings),
    );
    expect(calendarFeedIcs(entries, settings)).toContain('DTSTAMP:20280331T000000Z');
  });

  it('gives two entries of one kind, subject and day distinct UIDs by their detail, and keeps UIDs ASCII', () => {
    const base: CalendarEntry = {
      kind: 'LESSON_ACTION_DUE',
      subjectId: 'l 1/é',
      detail: 'Update the template',
      date: '2027-03-01',
      summary: 's',
      path: '/lessons',
    };
    const other = calendarEntryUid({ ...base, detail: 'Brief the team' }, 'host');
    expect(calendarEntryUid(base, 'host')).toMatch(/^lesson-action-due-l-1---[0-9a-f]{12}-2027-03-01@host$/);
    expect(other).not.toBe(calendarEntryUid(base, 'host'));
  });
});
