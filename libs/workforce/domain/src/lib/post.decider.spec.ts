import { InvalidInputError, NotFoundError, RuleViolationError } from '@ledger/domain-kernel';
import { PersonStatus } from '@ledger/shared-domain';
import { DeciderSpecification } from '@ledger/domain-kernel/testing';
import { PostCommand, PostEvent, postDecider } from './post';

const spec = DeciderSpecification(postDecider, { now: new Date('2026-01-15T09:00:00Z'), actorId: 'hr-lead-1' });

type ProposePost = Extract<PostCommand, { type: 'ProposePost' }>;

const propose = (overrides: Partial<ProposePost> = {}): ProposePost => ({
  type: 'ProposePost',
  postId: 'p1',
  title: '  Senior Social Worker ',
  fte: 0.5,
  justification: ' Caseloads in the east team are above the safe limit ',
  targetYear: 2026,
  ...overrides,
});
const decide = (approve: boolean, reason = ' Budget agreed at panel '): PostCommand => ({ type: 'DecidePost', approve, reason });
const fill = (staffMemberId = 's1', startDate = '2026-02-01', status: PersonStatus = 'REGISTERED'): PostCommand => ({
  type: 'FillPost',
  staffMemberId,
  startDate,
  people: { [staffMemberId]: status },
});
const vacate = (endDate = '2026-06-30', reason = ' Resigned '): PostCommand => ({ type: 'VacatePost', endDate, reason });
const withdraw = (reason = ' Funding withdrawn '): PostCommand => ({ type: 'WithdrawPost', reason });

const proposed: PostEvent = {
  type: 'PostProposed',
  data: { postId: 'p1', title: 'Senior Social Worker', fte: 0.5, justification: 'Caseloads are high', targetYear: 2026 },
};
const approved: PostEvent = { type: 'PostApproved', data: { postId: 'p1', reason: 'Budget agreed' } };
const rejected: PostEvent = { type: 'PostRejected', data: { postId: 'p1', reason: 'No budget' } };
const filledBy = (staffMemberId: string, startDate: string): PostEvent => ({ type: 'PostFilled', data: { postId: 'p1', staffMemberId, startDate } });
const filled = filledBy('s1', '2026-02-01');
const vacated: PostEvent = { type: 'PostVacated', data: { postId: 'p1', staffMemberId: 's1', endDate: '2026-06-30', reason: 'Resigned' } };
const withdrawn: PostEvent = { type: 'PostWithdrawn', data: { postId: 'p1', reason: 'Funding withdrawn' } };

/** One history per status a post can be in. */
const histories: Record<'PROPOSED' | 'APPROVED' | 'REJECTED' | 'FILLED' | 'VACANT' | 'WITHDRAWN', PostEvent[]> = {
  PROPOSED: [proposed],
  APPROVED: [proposed, approved],
  REJECTED: [proposed, rejected],
  FILLED: [proposed, approved, filled],
  VACANT: [proposed, approved, filled, vacated],
  WITHDRAWN: [proposed, withdrawn],
};

describe('post decider', () => {
  describe('proposing a post', () => {
    it('proposes a post with its title and justification trimmed', () => {
      spec
        .given([])
        .when(propose())
        .then([
          {
            type: 'PostProposed',
            data: {
              postId: 'p1',
              title: 'Senior Social Worker',
              fte: 0.5,
              justification: 'Caseloads in the east team are above the safe limit',
              targetYear: 2026,
            },
          },
        ]);
    });

    it('records the fte rounded to two decimals', () => {
      spec
        .given([])
        .when(propose({ fte: 0.333333 }))
        .then([expect.objectContaining({ type: 'PostProposed', data: expect.objectContaining({ fte: 0.33 }) })]);
    });

    it('accepts a full-time post (fte 1)', () => {
      spec
        .given([])
        .when(propose({ fte: 1 }))
        .then([expect.objectContaining({ data: expect.objectContaining({ fte: 1 }) })]);
    });

    it.each([0, 0.004, -0.5, 1.5, 1.01, Number.NaN, Number.POSITIVE_INFINITY])('refuses an fte of %p: it must be at least 0.01 and at most 1', (fte) => {
      spec.given([]).when(propose({ fte })).thenThrows(InvalidInputError, /fte must be at least 0.01 and at most 1/);
    });

    it('refuses a post without a title or a justification', () => {
      spec.given([]).when(propose({ title: '   ' })).thenThrows(InvalidInputError, /title must not be empty/);
      spec.given([]).when(propose({ justification: '' })).thenThrows(InvalidInputError, /justification must not be empty/);
    });

    it('accepts target years from 2000 to 2100', () => {
      spec
        .given([])
        .when(propose({ targetYear: 2000 }))
        .then([expect.objectContaining({ data: expect.objectContaining({ targetYear: 2000 }) })]);
      spec
        .given([])
        .when(propose({ targetYear: 2100 }))
        .then([expect.objectContaining({ data: expect.objectContaining({ targetYear: 2100 }) })]);
    });

    it.each([1999, 2101, 2026.5, 26])('refuses a target year of %p', (targetYear) => {
      spec.given([]).when(propose({ targetYear })).thenThrows(InvalidInputError, /targetYear must be a year/);
    });

    it('refuses to propose the same post twice', () => {
      spec.given([proposed]).when(propose()).thenThrows(RuleViolationError, /Post p1 was already proposed/);
    });
  });

  describe('deciding a proposed post', () => {
    it('approves a proposed post with the reason trimmed', () => {
      spec
        .given([proposed])
        .when(decide(true))
        .then([{ type: 'PostApproved', data: { postId: 'p1', reason: 'Budget agreed at panel' } }]);
    });

    it('rejects a proposed post with the reason trimmed', () => {
      spec
        .given([proposed])
        .when(decide(false, ' Not affordable this year '))
        .then([{ type: 'PostRejected', data: { postId: 'p1', reason: 'Not affordable this year' } }]);
    });

    it('refuses a decision without a reason', () => {
      spec.given([proposed]).when(decide(true, '  ')).thenThrows(InvalidInputError, /reason must not be empty/);
      spec.given([proposed]).when(decide(false, '')).thenThrows(InvalidInputError, /reason must not be empty/);
    });

    it.each(['APPROVED', 'REJECTED', 'FILLED', 'VACANT', 'WITHDRAWN'] as const)('refuses to decide a post that is %s', (status) => {
      spec
        .given(histories[status])
        .when(decide(true))
        .thenThrows(RuleViolationError, new RegExp(`post is ${status.toLowerCase()}: it cannot be approved`));
      spec
        .given(histories[status])
        .when(decide(false))
        .thenThrows(RuleViolationError, new RegExp(`post is ${status.toLowerCase()}: it cannot be rejected`));
    });
  });

  describe('filling a post', () => {
    it('fills an approved post with its holder and start date', () => {
      spec
        .given(histories.APPROVED)
        .when(fill('s1', '2026-02-01'))
        .then([{ type: 'PostFilled', data: { postId: 'p1', staffMemberId: 's1', startDate: '2026-02-01' } }]);
    });

    it('fills a vacant post again with a new holder', () => {
      spec
        .given(histories.VACANT)
        .when(fill('s2', '2026-08-01'))
        .then([{ type: 'PostFilled', data: { postId: 'p1', staffMemberId: 's2', startDate: '2026-08-01' } }]);
    });

    it('refuses to fill a filled post again', () => {
      spec.given(histories.FILLED).when(fill('s2')).thenThrows(RuleViolationError, /This post is filled: it cannot be filled/);
    });

    it.each(['PROPOSED', 'REJECTED', 'WITHDRAWN'] as const)('refuses to fill a post that is %s', (status) => {
      spec
        .given(histories[status])
        .when(fill())
        .thenThrows(RuleViolationError, new RegExp(`post is ${status.toLowerCase()}: it cannot be filled`));
    });

    it('refuses a holder whose personal data was erased', () => {
      spec.given(histories.APPROVED).when(fill('s1', '2026-02-01', 'ERASED')).thenThrows(RuleViolationError, /A person whose personal data was erased cannot fill a post/);
    });

    it('refuses a holder who is not on the staff register', () => {
      spec.given(histories.APPROVED).when(fill('s9', '2026-02-01', 'UNKNOWN')).thenThrows(NotFoundError, /No staff member s9/);
    });

    it.each(['01/02/2026', '2026-02-30', '2026-2-1', ''])('refuses a start date of %p that is not a YYYY-MM-DD calendar date', (startDate) => {
      spec.given(histories.APPROVED).when(fill('s1', startDate)).thenThrows(InvalidInputError, /startDate must be a date written YYYY-MM-DD/);
    });
  });

  describe('vacating a post', () => {
    it('vacates a filled post, naming the holder who left', () => {
      spec
        .given(histories.FILLED)
        .when(vacate('2026-06-30', ' Resigned '))
        .then([{ type: 'PostVacated', data: { postId: 'p1', staffMemberId: 's1', endDate: '2026-06-30', reason: 'Resigned' } }]);
    });

    it('names the current holder after the post was refilled', () => {
      spec
        .given([...histories.VACANT, filledBy('s2', '2026-08-01')])
        .when(vacate('2026-12-31'))
        .then([{ type: 'PostVacated', data: { postId: 'p1', staffMemberId: 's2', endDate: '2026-12-31', reason: 'Resigned' } }]);
    });

    it('accepts an end date on the start date itself', () => {
      spec
        .given(histories.FILLED)
        .when(vacate('2026-02-01'))
        .then([expect.objectContaining({ type: 'PostVacated', data: expect.objectContaining({ endDate: '2026-02-01' }) })]);
    });

    it('refuses an end date before the holder started', () => {
      spec.given(histories.FILLED).when(vacate('2026-01-31')).thenThrows(RuleViolationError, /cannot be vacated before its holder started/);
    });

    it('checks the end date against the current holder, not an earlier one', () => {
      spec
        .given([...histories.VACANT, filledBy('s2', '2026-08-01')])
        .when(vacate('2026-07-31'))
        .thenThrows(RuleViolationError, /cannot be vacated before its holder started/);
    });

    it('refuses a malformed end date and a missing reason', () => {
      spec.given(histories.FILLED).when(vacate('30/06/2026')).thenThrows(InvalidInputError, /endDate must be a date written YYYY-MM-DD/);
      spec.given(histories.FILLED).when(vacate('2026-06-30', ' ')).thenThrows(InvalidInputError, /reason must not be empty/);
    });

    it.each(['PROPOSED', 'APPROVED', 'REJECTED', 'VACANT', 'WITHDRAWN'] as const)('refuses to vacate a post that is %s', (status) => {
      spec
        .given(histories[status])
        .when(vacate())
        .thenThrows(RuleViolationError, new RegExp(`post is ${status.toLowerCase()}: it cannot be vacated`));
    });
  });

  describe('withdrawing a post', () => {
    it.each(['PROPOSED', 'APPROVED', 'VACANT'] as const)('withdraws a post that is %s', (status) => {
      spec
        .given(histories[status])
        .when(withdraw(' Funding withdrawn '))
        .then([{ type: 'PostWithdrawn', data: { postId: 'p1', reason: 'Funding withdrawn' } }]);
    });

    it('refuses a withdrawal without a reason', () => {
      spec.given(histories.PROPOSED).when(withdraw('')).thenThrows(InvalidInputError, /reason must not be empty/);
    });

    it.each(['FILLED', 'REJECTED', 'WITHDRAWN'] as const)('refuses to withdraw a post that is %s', (status) => {
      spec
        .given(histories[status])
        .when(withdraw())
        .thenThrows(RuleViolationError, new RegExp(`post is ${status.toLowerCase()}: it cannot be withdrawn`));
    });
  });

  it.each([decide(true), decide(false), fill(), vacate(), withdraw()])('refuses $type on a post that was never proposed', (command) => {
    spec.given([]).when(command).thenThrows(RuleViolationError, /No such post/);
  });
});
