import { InvalidInputError, RuleViolationError } from '@ledger/domain-kernel';
import { DeciderSpecification } from '@ledger/domain-kernel/testing';
import { CourseCompetency } from './course';
import { StaffMemberCommand, StaffMemberEvent, TrainingOutcome, staffMemberDecider, validPersonalDetails } from './staff-member';

const spec = DeciderSpecification(staffMemberDecider, { now: new Date('2026-01-15T09:00:00Z'), actorId: 'hr-lead-1' });

type RegisterStaffMember = Extract<StaffMemberCommand, { type: 'RegisterStaffMember' }>;
type RecordTrainingOutcome = Extract<StaffMemberCommand, { type: 'RecordTrainingOutcome' }>;

const register = (overrides: Partial<RegisterStaffMember> = {}): RegisterStaffMember => ({
  type: 'RegisterStaffMember',
  staffMemberId: 's1',
  displayName: ' Jo Bloggs ',
  email: ' Jo.Bloggs@Example.GOV.uk ',
  jobTitle: '  Senior   Social Worker ',
  department: ' Adult Social Care ',
  sealed: { displayName: 'sealed:name', email: 'sealed:email' },
  emailTaken: false,
  ...overrides,
});
const erase = (reason = ' Left the authority seven years ago '): StaffMemberCommand => ({ type: 'ErasePersonalData', reason });
const assess = (competencyId = 'c1', level = 3, evidence = ' Observed practice, Jan 2026 '): StaffMemberCommand => ({
  type: 'AssessProficiency',
  competencyId,
  level,
  evidence,
});
const plan = (courseId = 'k1', plannedFor = '2026-03-01', reason = ' Required for the role '): StaffMemberCommand => ({
  type: 'PlanTraining',
  courseId,
  plannedFor,
  reason,
});

const course = (validityMonths: number | null = 12, competencies: CourseCompetency[] = []) => ({ validityMonths, competencies });
const record = (status: string, date = '2026-01-10', overrides: Partial<RecordTrainingOutcome> = {}): RecordTrainingOutcome => ({
  type: 'RecordTrainingOutcome',
  courseId: 'k1',
  course: course(),
  status,
  date,
  ...overrides,
});

const registered: StaffMemberEvent = {
  type: 'StaffMemberRegistered',
  data: { staffMemberId: 's1', displayName: 'sealed:name', email: 'sealed:email', jobTitle: 'Social Worker', department: 'Adult Social Care' },
};
const erased: StaffMemberEvent = { type: 'PersonalDataErased', data: { staffMemberId: 's1', reason: 'Retention period over' } };
const assessed = (competencyId: string, level: number): StaffMemberEvent => ({
  type: 'ProficiencyAssessed',
  data: {
    staffMemberId: 's1',
    competencyId,
    level,
    evidence: 'Observed',
    assessedBy: 'manager-1',
    assessedOn: '2025-11-01',
    source: 'ASSESSMENT',
    courseId: null,
  },
});
const planned = (courseId = 'k1'): StaffMemberEvent => ({
  type: 'TrainingPlanned',
  data: { staffMemberId: 's1', courseId, plannedFor: '2026-01-05', reason: 'Required' },
});
const outcome = (status: TrainingOutcome, courseId = 'k1'): StaffMemberEvent => ({
  type: 'TrainingOutcomeRecorded',
  data: { staffMemberId: 's1', courseId, status, date: '2026-01-05', evidence: null, expiresOn: null },
});
const raisedByTraining = (competencyId: string, level: number, evidence: string, assessedOn: string): StaffMemberEvent => ({
  type: 'ProficiencyAssessed',
  data: { staffMemberId: 's1', competencyId, level, evidence, assessedBy: 'hr-lead-1', assessedOn, source: 'TRAINING', courseId: 'k1' },
});

describe('staff member decider', () => {
  describe('registering and erasing', () => {
    it('registers a person with the sealed details as given, the job title collapsed and the department trimmed', () => {
      spec
        .given([])
        .when(register())
        .then([
          {
            type: 'StaffMemberRegistered',
            data: {
              staffMemberId: 's1',
              displayName: 'sealed:name',
              email: 'sealed:email',
              jobTitle: 'Senior Social Worker',
              department: 'Adult Social Care',
            },
          },
        ]);
    });

    it('refuses a person without a job title or a department', () => {
      spec.given([]).when(register({ jobTitle: '  ' })).thenThrows(InvalidInputError, /jobTitle must not be empty/);
      spec.given([]).when(register({ department: '' })).thenThrows(InvalidInputError, /department must not be empty/);
    });

    it('refuses an email another staff member already holds, naming it normalised', () => {
      spec
        .given([])
        .when(register({ emailTaken: true }))
        .thenThrows(RuleViolationError, /A staff member with email jo\.bloggs@example\.gov\.uk is already registered/);
    });

    it('refuses a malformed email or an empty name before anything is recorded', () => {
      spec.given([]).when(register({ email: 'jo bloggs@example.gov.uk' })).thenThrows(InvalidInputError, /not a valid email address/);
      spec.given([]).when(register({ displayName: '  ' })).thenThrows(InvalidInputError, /displayName must not be empty/);
    });

    it('refuses to register the same person twice, even after erasure', () => {
      spec.given([registered]).when(register()).thenThrows(RuleViolationError, /Staff member s1 is already registered/);
      spec.given([registered, erased]).when(register()).thenThrows(RuleViolationError, /Staff member s1 is already registered/);
    });

    it('erases a person’s personal data with the reason trimmed', () => {
      spec
        .given([registered])
        .when(erase())
        .then([{ type: 'PersonalDataErased', data: { staffMemberId: 's1', reason: 'Left the authority seven years ago' } }]);
    });

    it('refuses an erasure without a reason', () => {
      spec.given([registered]).when(erase('  ')).thenThrows(InvalidInputError, /reason must not be empty/);
    });

    it('erasing twice records nothing the second time', () => {
      spec.given([registered, erased]).when(erase()).thenNothingHappens();
    });

    it.each([
      ['assessing proficiency', assess()],
      ['planning training', plan()],
      ['recording a training outcome', record('COMPLETED')],
    ])('refuses %s once the person’s data was erased', (_action, command) => {
      spec.given([registered, erased]).when(command).thenThrows(RuleViolationError, /personal data was erased/);
    });

    it.each([erase(), assess(), plan(), record('COMPLETED')])('refuses $type for a person who was never registered', (command) => {
      spec.given([]).when(command).thenThrows(RuleViolationError, /No such staff member/);
    });
  });

  describe('personal details', () => {
    it('trims the name and normalises the email to lower case', () => {
      expect(validPersonalDetails('  Jo Bloggs ', '  Jo.Bloggs@Example.GOV.uk ')).toEqual({ displayName: 'Jo Bloggs', email: 'jo.bloggs@example.gov.uk' });
    });

    it('refuses a malformed email', () => {
      expect(() => validPersonalDetails('Jo Bloggs', 'jo.bloggs')).toThrow(InvalidInputError);
      expect(() => validPersonalDetails('Jo Bloggs', 'jo bloggs@example.gov.uk')).toThrow(/not a valid email address/);
    });

    it('refuses an empty name', () => {
      expect(() => validPersonalDetails('   ', 'jo@example.gov.uk')).toThrow(InvalidInputError);
      expect(() => validPersonalDetails('   ', 'jo@example.gov.uk')).toThrow(/displayName must not be empty/);
    });
  });

  describe('changing a person\'s details', () => {
    type ChangeDetails = Extract<StaffMemberCommand, { type: 'ChangeStaffMemberDetails' }>;
    const change = (overrides: Partial<ChangeDetails> = {}): ChangeDetails => ({
      type: 'ChangeStaffMemberDetails',
      reason: ' Promoted after the 2026 restructure ',
      current: { displayName: 'Jo Bloggs', email: 'jo.bloggs@example.gov.uk' },
      sealed: { displayName: null, email: null },
      emailTaken: false,
      ...overrides,
    });
    const changed = (data: Partial<Extract<StaffMemberEvent, { type: 'StaffMemberDetailsChanged' }>['data']>): StaffMemberEvent => ({
      type: 'StaffMemberDetailsChanged',
      data: { staffMemberId: 's1', displayName: null, email: null, jobTitle: null, department: null, reason: 'Promoted after the 2026 restructure', ...data },
    });

    it('records a promotion: the new job title collapsed, everything else as before (null), the reason trimmed', () => {
      spec.given([registered]).when(change({ jobTitle: '  Senior   Social Worker ' })).then([changed({ jobTitle: 'Senior Social Worker' })]);
    });

    it('records a move to another department', () => {
      spec.given([registered]).when(change({ department: ' Children\'s Services ' })).then([changed({ department: 'Children\'s Services' })]);
    });

    it('records a new name and email only sealed, as at registration', () => {
      spec
        .given([registered])
        .when(change({ displayName: ' Jo Smith ', email: ' Jo.Smith@Example.gov.uk ', sealed: { displayName: 'sealed:new-name', email: 'sealed:new-email' } }))
        .then([changed({ displayName: 'sealed:new-name', email: 'sealed:new-email' })]);
    });

    it('leaves out the fields given as they already are, and records nothing when nothing changes', () => {
      spec
        .given([registered])
        .when(change({ displayName: 'Jo Bloggs', email: 'JO.BLOGGS@example.gov.uk', jobTitle: 'Team Manager', department: 'Adult Social Care', sealed: { displayName: 'sealed:same', email: 'sealed:same' } }))
        .then([changed({ jobTitle: 'Team Manager' })]);
      spec.given([registered]).when(change({ jobTitle: ' Social  Worker ', department: 'Adult Social Care' })).thenNothingHappens();
    });

    it('compares with the latest details: a title changed before is the one in force', () => {
      spec.given([registered, changed({ jobTitle: 'Team Manager' })]).when(change({ jobTitle: 'Team Manager' })).thenNothingHappens();
      spec.given([registered, changed({ jobTitle: 'Team Manager' })]).when(change({ jobTitle: 'Social Worker' })).then([changed({ jobTitle: 'Social Worker' })]);
    });

    it('refuses an email another staff member holds, but not the person\'s own', () => {
      spec
        .given([registered])
        .when(change({ email: 'pat.lee@example.gov.uk', sealed: { displayName: null, email: 'sealed:pat' }, emailTaken: true }))
        .thenThrows(RuleViolationError, /A staff member with email pat\.lee@example\.gov\.uk is already registered/);
      spec.given([registered]).when(change({ email: 'jo.bloggs@example.gov.uk', emailTaken: true })).thenNothingHappens();
    });

    it('needs something to change, a reason, and valid values', () => {
      spec.given([registered]).when(change()).thenThrows(InvalidInputError, /at least one of name, email, job title or department/);
      spec.given([registered]).when(change({ jobTitle: 'Team Manager', reason: '  ' })).thenThrows(InvalidInputError, /reason must not be empty/);
      spec.given([registered]).when(change({ jobTitle: '  ' })).thenThrows(InvalidInputError, /jobTitle must not be empty/);
      spec.given([registered]).when(change({ email: 'jo smith@example.gov.uk' })).thenThrows(InvalidInputError, /not a valid email address/);
      spec.given([registered]).when(change({ displayName: ' ' })).thenThrows(InvalidInputError, /displayName must not be empty/);
    });

    it('changes nothing about a person who was erased or never registered', () => {
      spec.given([registered, erased]).when(change({ jobTitle: 'Team Manager' })).thenThrows(RuleViolationError, /personal data was erased/);
      spec.given([]).when(change({ jobTitle: 'Team Manager' })).thenThrows(RuleViolationError, /No such staff member/);
    });
  });

  describe('cancelling training', () => {
    const cancel = (reason = ' Course withdrawn by the provider ', courseId = 'k1'): StaffMemberCommand => ({ type: 'CancelTraining', courseId, reason });
    const cancelled: StaffMemberEvent = {
      type: 'TrainingCancelled',
      data: { staffMemberId: 's1', courseId: 'k1', reason: 'Course withdrawn by the provider', cancelledOn: '2026-01-15' },
    };

    it('cancels a planned course with the reason trimmed, dated today', () => {
      spec.given([registered, planned()]).when(cancel()).then([cancelled]);
    });

    it('cancels a booked course', () => {
      spec.given([registered, planned(), outcome('BOOKED')]).when(cancel()).then([cancelled]);
    });

    it('refuses to cancel a completed course, even one completed before a new plan was made', () => {
      spec.given([registered, planned(), outcome('COMPLETED')]).when(cancel()).thenThrows(RuleViolationError, /A completed course cannot be cancelled/);
      spec.given([registered, planned(), outcome('COMPLETED'), planned()]).when(cancel()).then([cancelled]);
    });

    it.each<TrainingOutcome>(['ATTENDED', 'FAILED', 'NO_SHOW'])('refuses to cancel a course whose outcome %s is recorded', (status) => {
      spec.given([registered, planned(), outcome(status)]).when(cancel()).thenThrows(RuleViolationError, /its outcome .* is recorded/);
    });

    it('refuses a course never planned, or one cancelled already; a cancelled course can be planned again', () => {
      spec.given([registered]).when(cancel()).thenThrows(RuleViolationError, /nothing to cancel/);
      spec.given([registered, planned(), cancelled]).when(cancel()).thenThrows(RuleViolationError, /cancelled already/);
      spec.given([registered, planned(), cancelled]).when(plan()).then([expect.objectContaining({ type: 'TrainingPlanned' })]);
    });

    it('needs a reason, and a person not erased', () => {
      spec.given([registered, planned()]).when(cancel('  ')).thenThrows(InvalidInputError, /reason must not be empty/);
      spec.given([registered, planned(), erased]).when(cancel()).thenThrows(RuleViolationError, /personal data was erased/);
    });

    it('a no-show cannot follow a cancellation', () => {
      spec.given([registered, planned(), cancelled]).when(record('NO_SHOW')).thenThrows(RuleViolationError, /A no-show needs a planned or booked course/);
    });
  });

  describe('assessing proficiency', () => {
    it('records the assessment by the acting user, dated today, with the evidence trimmed', () => {
      spec
        .given([registered])
        .when(assess('c1', 3))
        .then([
          {
            type: 'ProficiencyAssessed',
            data: {
              staffMemberId: 's1',
              competencyId: 'c1',
              level: 3,
              evidence: 'Observed practice, Jan 2026',
              assessedBy: 'hr-lead-1',
              assessedOn: '2026-01-15',
              source: 'ASSESSMENT',
              courseId: null,
            },
          },
        ]);
    });

    it('takes the assessor and the date from the context of the command', () => {
      spec
        .given([registered])
        .when(assess('c1', 2), { actorId: 'manager-7', now: new Date('2026-03-02T16:45:00Z') })
        .then([expect.objectContaining({ data: expect.objectContaining({ assessedBy: 'manager-7', assessedOn: '2026-03-02' }) })]);
    });

    it('accepts a lower level than before: an assessment can go down', () => {
      spec
        .given([registered, assessed('c1', 4)])
        .when(assess('c1', 1))
        .then([expect.objectContaining({ type: 'ProficiencyAssessed', data: expect.objectContaining({ level: 1 }) })]);
    });

    it.each([-1, 5, 2.5])('refuses a level of %p', (level) => {
      spec.given([registered]).when(assess('c1', level)).thenThrows(InvalidInputError, /level must be a whole number from 0 to 4/);
    });

    it('refuses an assessment without evidence', () => {
      spec.given([registered]).when(assess('c1', 2, '  ')).thenThrows(InvalidInputError, /evidence must not be empty/);
    });
  });

  describe('planning training', () => {
    it('plans a course for a date with the reason trimmed', () => {
      spec
        .given([registered])
        .when(plan('k1', '2026-03-01'))
        .then([{ type: 'TrainingPlanned', data: { staffMemberId: 's1', courseId: 'k1', plannedFor: '2026-03-01', reason: 'Required for the role' } }]);
    });

    it.each(['01/03/2026', '2026-02-29', ''])('refuses a planned date of %p', (plannedFor) => {
      spec.given([registered]).when(plan('k1', plannedFor)).thenThrows(InvalidInputError, /plannedFor must be a date written YYYY-MM-DD/);
    });

    it('refuses a plan without a reason', () => {
      spec.given([registered]).when(plan('k1', '2026-03-01', ' ')).thenThrows(InvalidInputError, /reason must not be empty/);
    });

    it('refuses to plan a course that is already planned for the person', () => {
      spec.given([registered, planned()]).when(plan()).thenThrows(RuleViolationError, /This course is already planned for this person/);
    });

    it.each(['BOOKED', 'ATTENDED'] as const)('refuses to plan a course that is already %s for the person', (status) => {
      spec
        .given([registered, planned(), outcome(status)])
        .when(plan())
        .thenThrows(RuleViolationError, new RegExp(`already ${status.toLowerCase()} for this person`));
    });

    it.each(['COMPLETED', 'FAILED', 'NO_SHOW'] as const)('plans the course again once it was %s', (status) => {
      spec
        .given([registered, planned(), outcome(status)])
        .when(plan('k1', '2026-03-01'))
        .then([expect.objectContaining({ type: 'TrainingPlanned', data: expect.objectContaining({ courseId: 'k1', plannedFor: '2026-03-01' }) })]);
    });

    it('plans another course while one is planned', () => {
      spec
        .given([registered, planned('k1')])
        .when(plan('k2'))
        .then([expect.objectContaining({ type: 'TrainingPlanned', data: expect.objectContaining({ courseId: 'k2' }) })]);
    });
  });

  describe('recording a training outcome', () => {
    it.each(['BOOKED', 'ATTENDED', 'FAILED'] as const)('records %s with no expiry', (status) => {
      spec
        .given([registered, planned()])
        .when(record(status, '2026-01-10', { evidence: ' Certificate 42 ' }))
        .then([
          {
            type: 'TrainingOutcomeRecorded',
            data: { staffMemberId: 's1', courseId: 'k1', status, date: '2026-01-10', evidence: 'Certificate 42', expiresOn: null },
          },
        ]);
    });

    it.each(['PLANNED', 'EXPIRED', 'DONE', 'completed'])('refuses a status of %p', (status) => {
      spec.given([registered, planned()]).when(record(status)).thenThrows(InvalidInputError, /status must be one of BOOKED, ATTENDED, COMPLETED, FAILED, NO_SHOW/);
    });

    it.each(['10/01/2026', '2025-02-29'])('refuses an outcome date of %p', (date) => {
      spec.given([registered, planned()]).when(record('ATTENDED', date)).thenThrows(InvalidInputError, /date must be a date written YYYY-MM-DD/);
    });

    it.each(['ATTENDED', 'COMPLETED', 'FAILED', 'NO_SHOW'] as const)('refuses %s for a future date', (status) => {
      spec
        .given([registered, planned()])
        .when(record(status, '2026-01-16'))
        .thenThrows(RuleViolationError, new RegExp(`An outcome \\(${status}\\) cannot be recorded for a future date`));
    });

    it('accepts an outcome dated today', () => {
      spec
        .given([registered, planned()])
        .when(record('ATTENDED', '2026-01-15'))
        .then([expect.objectContaining({ type: 'TrainingOutcomeRecorded', data: expect.objectContaining({ date: '2026-01-15' }) })]);
    });

    it('records a booking for a future date', () => {
      spec
        .given([registered, planned()])
        .when(record('BOOKED', '2026-04-20'))
        .then([expect.objectContaining({ type: 'TrainingOutcomeRecorded', data: expect.objectContaining({ status: 'BOOKED', date: '2026-04-20' }) })]);
    });

    it.each([
      ['planned', [planned()]],
      ['booked', [planned(), outcome('BOOKED')]],
    ])('records a no-show for a %s course', (_state, history) => {
      spec
        .given([registered, ...history])
        .when(record('NO_SHOW', '2026-01-10'))
        .then([expect.objectContaining({ type: 'TrainingOutcomeRecorded', data: expect.objectContaining({ status: 'NO_SHOW', expiresOn: null }) })]);
    });

    it.each([
      ['never planned', []],
      ['attended', [planned(), outcome('ATTENDED')]],
      ['completed', [planned(), outcome('COMPLETED')]],
      ['already a no-show', [planned(), outcome('NO_SHOW')]],
    ])('refuses a no-show for a course that is %s', (_state, history) => {
      spec
        .given([registered, ...history])
        .when(record('NO_SHOW', '2026-01-10'))
        .thenThrows(RuleViolationError, /A no-show needs a planned or booked course/);
    });

    it('works out when a completion expires from the course validity', () => {
      spec
        .given([registered, planned()])
        .when(record('COMPLETED', '2025-03-31', { course: course(12) }))
        .then([
          {
            type: 'TrainingOutcomeRecorded',
            data: { staffMemberId: 's1', courseId: 'k1', status: 'COMPLETED', date: '2025-03-31', evidence: null, expiresOn: '2026-03-31' },
          },
        ]);
    });

    it('clamps the expiry to the end of a shorter month (31 Jan 2024 + 1 month = 29 Feb 2024)', () => {
      spec
        .given([registered, planned()])
        .when(record('COMPLETED', '2024-01-31', { course: course(1) }))
        .then([expect.objectContaining({ data: expect.objectContaining({ expiresOn: '2024-02-29' }) })]);
    });

    it('records no expiry for a completed course that never expires', () => {
      spec
        .given([registered, planned()])
        .when(record('COMPLETED', '2026-01-10', { course: course(null) }))
        .then([expect.objectContaining({ type: 'TrainingOutcomeRecorded', data: expect.objectContaining({ status: 'COMPLETED', expiresOn: null }) })]);
    });

    it('records a completion of a course that was never planned', () => {
      spec
        .given([registered])
        .when(record('COMPLETED', '2026-01-10'))
        .then([expect.objectContaining({ type: 'TrainingOutcomeRecorded', data: expect.objectContaining({ status: 'COMPLETED', expiresOn: '2027-01-10' }) })]);
    });
  });

  describe('raising proficiency through completed training', () => {
    const competencies: CourseCompetency[] = [
      { competencyId: 'c1', raisesTo: 2 },
      { competencyId: 'c2', raisesTo: 3 },
      { competencyId: 'c3', raisesTo: null },
    ];

    it('raises each covered competency below the course’s level, dated on completion, with the evidence', () => {
      spec
        .given([registered, planned(), assessed('c2', 1)])
        .when(record('COMPLETED', '2026-01-10', { course: course(12, competencies), evidence: ' Certificate 42 ' }))
        .then([
          {
            type: 'TrainingOutcomeRecorded',
            data: { staffMemberId: 's1', courseId: 'k1', status: 'COMPLETED', date: '2026-01-10', evidence: 'Certificate 42', expiresOn: '2027-01-10' },
          },
          raisedByTraining('c1', 2, 'Certificate 42', '2026-01-10'),
          raisedByTraining('c2', 3, 'Certificate 42', '2026-01-10'),
        ]);
    });

    it('leaves competencies already at or above the course’s level alone', () => {
      spec
        .given([registered, planned(), assessed('c1', 2), assessed('c2', 4)])
        .when(record('COMPLETED', '2026-01-10', { course: course(12, competencies), evidence: 'Certificate 42' }))
        .then([expect.objectContaining({ type: 'TrainingOutcomeRecorded' })]);
    });

    it('uses the latest assessment as the current level', () => {
      spec
        .given([registered, planned(), assessed('c1', 4), assessed('c1', 1)])
        .when(record('COMPLETED', '2026-01-10', { course: course(12, [{ competencyId: 'c1', raisesTo: 2 }]), evidence: 'Certificate 42' }))
        .then([expect.objectContaining({ type: 'TrainingOutcomeRecorded' }), raisedByTraining('c1', 2, 'Certificate 42', '2026-01-10')]);
    });

    it('does not raise a competency the course covers without a level', () => {
      spec
        .given([registered, planned()])
        .when(record('COMPLETED', '2026-01-10', { course: course(12, [{ competencyId: 'c3', raisesTo: null }]), evidence: 'Certificate 42' }))
        .then([expect.objectContaining({ type: 'TrainingOutcomeRecorded' })]);
    });

    it('records the acting user as the assessor of a raised level', () => {
      spec
        .given([registered, planned()])
        .when(record('COMPLETED', '2026-01-10', { course: course(12, [{ competencyId: 'c1', raisesTo: 2 }]), evidence: 'Certificate 42' }), {
          actorId: 'trainer-9',
        })
        .then([
          expect.objectContaining({ type: 'TrainingOutcomeRecorded' }),
          expect.objectContaining({ type: 'ProficiencyAssessed', data: expect.objectContaining({ assessedBy: 'trainer-9', source: 'TRAINING', courseId: 'k1' }) }),
        ]);
    });

    it.each([
      ['no evidence', undefined],
      ['empty evidence', null],
      ['blank evidence', '   '],
    ])('raises nothing for a completion with %s', (_case, evidence) => {
      spec
        .given([registered, planned()])
        .when(record('COMPLETED', '2026-01-10', { course: course(12, competencies), evidence }))
        .then([
          {
            type: 'TrainingOutcomeRecorded',
            data: { staffMemberId: 's1', courseId: 'k1', status: 'COMPLETED', date: '2026-01-10', evidence: null, expiresOn: '2027-01-10' },
          },
        ]);
    });

    it.each(['BOOKED', 'ATTENDED', 'FAILED'] as const)('raises nothing for a %s outcome, even with evidence', (status) => {
      spec
        .given([registered, planned()])
        .when(record(status, '2026-01-10', { course: course(12, competencies), evidence: 'Certificate 42' }))
        .then([expect.objectContaining({ type: 'TrainingOutcomeRecorded', data: expect.objectContaining({ status }) })]);
    });
  });
});
