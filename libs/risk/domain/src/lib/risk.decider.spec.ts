import { InvalidInputError, RuleViolationError } from '@ledger/domain-kernel';
import { DeciderSpecification } from '@ledger/domain-kernel/testing';
import { APPETITES, RISK_CATEGORIES, Rating, RiskCommand, RiskEvent, TREATMENTS, riskDecider } from './risk';

const spec = DeciderSpecification(riskDecider, { now: new Date('2026-01-15T09:00:00Z'), actorId: 'clerk-1' });

type IdentifyRisk = Extract<RiskCommand, { type: 'IdentifyRisk' }>;

const rated = (likelihood: number, impact: number): Rating => ({ likelihood, impact });

const identify = (overrides: Partial<IdentifyRisk> = {}): IdentifyRisk => ({
  type: 'IdentifyRisk',
  riskId: 'k1',
  title: '  Care provider insolvency ',
  category: 'SUPPLY_CHAIN_AND_CONTRACTOR_FAILURE',
  owner: ' Director of Adult Social Care ',
  inherent: rated(4, 5),
  residual: rated(3, 4),
  appetite: 'MINIMAL',
  treatment: 'TREAT',
  controls: [' Quarterly financial health checks ', 'Step-in plan'],
  reviewEveryMonths: 3,
  ...overrides,
});
const review = (residual: Rating = rated(2, 4), notes = ' Provider refinanced; exposure down '): RiskCommand => ({ type: 'ReviewRisk', residual, notes });

const identifiedWithCadence = (reviewEveryMonths: number): RiskEvent => ({
  type: 'RiskIdentified',
  data: {
    riskId: 'k1',
    title: 'Care provider insolvency',
    category: 'SUPPLY_CHAIN_AND_CONTRACTOR_FAILURE',
    owner: null,
    inherent: rated(4, 5),
    residual: rated(3, 4),
    appetite: 'MINIMAL',
    treatment: 'TREAT',
    controls: [],
    reviewEveryMonths,
    identifiedOn: '2025-10-01',
    nextReviewDue: '2026-01-01',
  },
});
const identified = identifiedWithCadence(3);
const reviewed: RiskEvent = {
  type: 'RiskReviewed',
  data: { riskId: 'k1', residual: rated(3, 3), notes: 'Checked', reviewedOn: '2026-01-01', reviewedBy: 'clerk-1', nextReviewDue: '2026-04-01' },
};

const BAD_SCORES = [0, 6, 2.5, -1, Number.NaN];

describe('risk decider', () => {
  describe('identifying a risk', () => {
    it('puts the risk on the register with its ratings, controls and first review date', () => {
      spec
        .given([])
        .when(identify())
        .then([
          {
            type: 'RiskIdentified',
            data: {
              riskId: 'k1',
              title: 'Care provider insolvency',
              category: 'SUPPLY_CHAIN_AND_CONTRACTOR_FAILURE',
              owner: 'Director of Adult Social Care',
              inherent: rated(4, 5),
              residual: rated(3, 4),
              appetite: 'MINIMAL',
              treatment: 'TREAT',
              controls: ['Quarterly financial health checks', 'Step-in plan'],
              reviewEveryMonths: 3,
              identifiedOn: '2026-01-15',
              nextReviewDue: '2026-04-15',
            },
          },
        ]);
    });

    it('takes the inherent rating to be the residual one when none is given', () => {
      spec
        .given([])
        .when(identify({ inherent: null, residual: rated(2, 3) }))
        .then([expect.objectContaining({ data: expect.objectContaining({ inherent: rated(2, 3), residual: rated(2, 3) }) })]);
    });

    it('takes a part of the inherent rating left out to be the residual one', () => {
      spec
        .given([])
        .when(identify({ inherent: { likelihood: 4, impact: null }, residual: rated(2, 3) }))
        .then([expect.objectContaining({ data: expect.objectContaining({ inherent: rated(4, 3), residual: rated(2, 3) }) })]);
      spec
        .given([])
        .when(identify({ inherent: { impact: 5 }, residual: rated(2, 3) }))
        .then([expect.objectContaining({ data: expect.objectContaining({ inherent: rated(2, 5), residual: rated(2, 3) }) })]);
    });

    it('records no owner, a CAUTIOUS appetite, a TREAT treatment, no controls and the residual as inherent rating when those are left out', () => {
      spec
        .given([])
        .when({ type: 'IdentifyRisk', riskId: 'k1', title: 'Care provider insolvency', category: 'OTHER', residual: rated(2, 3), reviewEveryMonths: 3 })
        .then([
          expect.objectContaining({
            data: expect.objectContaining({ owner: null, inherent: rated(2, 3), appetite: 'CAUTIOUS', treatment: 'TREAT', controls: [] }),
          }),
        ]);
    });

    it('records a CAUTIOUS appetite and a TREAT treatment when none is given', () => {
      spec
        .given([])
        .when(identify({ appetite: null, treatment: null }))
        .then([expect.objectContaining({ data: expect.objectContaining({ appetite: 'CAUTIOUS', treatment: 'TREAT' }) })]);
    });

    it('records a blank owner as not given, and no controls as an empty list', () => {
      spec
        .given([])
        .when(identify({ owner: '  ', controls: [] }))
        .then([expect.objectContaining({ data: expect.objectContaining({ owner: null, controls: [] }) })]);
      spec
        .given([])
        .when(identify({ owner: null }))
        .then([expect.objectContaining({ data: expect.objectContaining({ owner: null }) })]);
    });

    it('refuses a risk without a title', () => {
      spec.given([]).when(identify({ title: ' ' })).thenThrows(InvalidInputError, /title must not be empty/);
    });

    it('refuses a blank control', () => {
      spec
        .given([])
        .when(identify({ controls: ['Step-in plan', '  '] }))
        .thenThrows(InvalidInputError, /controls\[1\] must not be empty/);
    });

    it.each([...RISK_CATEGORIES])('accepts the category %s', (category) => {
      spec
        .given([])
        .when(identify({ category }))
        .then([expect.objectContaining({ data: expect.objectContaining({ category }) })]);
    });

    it.each(['CYBER', 'gdpr', ''])('refuses a category of %p', (category) => {
      spec.given([]).when(identify({ category })).thenThrows(InvalidInputError, /category must be one of MODERN_SLAVERY/);
    });

    it.each([...APPETITES])('accepts the appetite %s', (appetite) => {
      spec
        .given([])
        .when(identify({ appetite }))
        .then([expect.objectContaining({ data: expect.objectContaining({ appetite }) })]);
    });

    it.each(['HUNGRY', 'cautious', ''])('refuses an appetite of %p', (appetite) => {
      spec.given([]).when(identify({ appetite })).thenThrows(InvalidInputError, /appetite must be one of AVERSE, MINIMAL, CAUTIOUS, OPEN, EAGER/);
    });

    it.each([...TREATMENTS])('accepts the treatment %s', (treatment) => {
      spec
        .given([])
        .when(identify({ treatment }))
        .then([expect.objectContaining({ data: expect.objectContaining({ treatment }) })]);
    });

    it.each(['IGNORE', 'treat', ''])('refuses a treatment of %p', (treatment) => {
      spec.given([]).when(identify({ treatment })).thenThrows(InvalidInputError, /treatment must be one of TOLERATE, TREAT, TRANSFER, TERMINATE/);
    });

    it('accepts ratings from 1 to 5', () => {
      spec
        .given([])
        .when(identify({ inherent: rated(5, 5), residual: rated(1, 1) }))
        .then([expect.objectContaining({ data: expect.objectContaining({ inherent: rated(5, 5), residual: rated(1, 1) }) })]);
    });

    it.each(BAD_SCORES)('refuses a residual likelihood or impact of %p', (n) => {
      spec
        .given([])
        .when(identify({ inherent: rated(5, 5), residual: rated(n, 1) }))
        .thenThrows(InvalidInputError, /residual likelihood must be a whole number from 1 to 5/);
      spec
        .given([])
        .when(identify({ inherent: rated(5, 5), residual: rated(1, n) }))
        .thenThrows(InvalidInputError, /residual impact must be a whole number from 1 to 5/);
    });

    it.each(BAD_SCORES)('refuses an inherent likelihood or impact of %p', (n) => {
      spec
        .given([])
        .when(identify({ inherent: rated(n, 5), residual: rated(1, 1) }))
        .thenThrows(InvalidInputError, /inherent likelihood must be a whole number from 1 to 5/);
      spec
        .given([])
        .when(identify({ inherent: rated(5, n), residual: rated(1, 1) }))
        .thenThrows(InvalidInputError, /inherent impact must be a whole number from 1 to 5/);
    });

    it('refuses a residual score above the inherent score', () => {
      spec
        .given([])
        .when(identify({ inherent: rated(2, 3), residual: rated(3, 3) }))
        .thenThrows(RuleViolationError, /The residual score \(after controls\) cannot be above the inherent score/);
    });

    it('compares scores, not each part: a higher residual likelihood with a lower score is accepted', () => {
      spec
        .given([])
        .when(identify({ inherent: rated(2, 5), residual: rated(3, 3) }))
        .then([expect.objectContaining({ data: expect.objectContaining({ inherent: rated(2, 5), residual: rated(3, 3) }) })]);
    });

    it('accepts a residual score equal to the inherent score', () => {
      spec
        .given([])
        .when(identify({ inherent: rated(2, 3), residual: rated(3, 2) }))
        .then([expect.objectContaining({ data: expect.objectContaining({ inherent: rated(2, 3), residual: rated(3, 2) }) })]);
    });

    it.each([
      [1, '2026-02-15'],
      [12, '2027-01-15'],
      [24, '2028-01-15'],
    ])('accepts a review every %p month(s), first due on %s', (reviewEveryMonths, nextReviewDue) => {
      spec
        .given([])
        .when(identify({ reviewEveryMonths }))
        .then([expect.objectContaining({ data: expect.objectContaining({ reviewEveryMonths, nextReviewDue }) })]);
    });

    it.each([0, 25, 1.5, -3, Number.NaN])('refuses a review every %p months', (reviewEveryMonths) => {
      spec
        .given([])
        .when(identify({ reviewEveryMonths }))
        .thenThrows(InvalidInputError, /reviewEveryMonths must be a whole number from 1 to 24/);
    });

    it.each([
      ['2026-01-31T10:00:00Z', 1, '2026-01-31', '2026-02-28'],
      ['2027-11-30T10:00:00Z', 3, '2027-11-30', '2028-02-29'],
      ['2026-08-31T10:00:00Z', 6, '2026-08-31', '2027-02-28'],
      ['2026-03-31T10:00:00Z', 2, '2026-03-31', '2026-05-31'],
    ])('at %s, reviewing every %p months, sets the first review for the same day or the month end (%s -> %s)', (now, reviewEveryMonths, identifiedOn, nextReviewDue) => {
      spec
        .given([])
        .when(identify({ reviewEveryMonths }), { now: new Date(now) })
        .then([expect.objectContaining({ data: expect.objectContaining({ identifiedOn, nextReviewDue }) })]);
    });

    it('identifies the risk on the UK calendar day', () => {
      // 23:30 UTC on 31 March 2026 is 00:30 on 1 April in London (BST).
      spec
        .given([])
        .when(identify({ reviewEveryMonths: 1 }), { now: new Date('2026-03-31T23:30:00Z') })
        .then([expect.objectContaining({ data: expect.objectContaining({ identifiedOn: '2026-04-01', nextReviewDue: '2026-05-01' }) })]);
    });

    it('refuses to identify the same risk twice', () => {
      spec.given([identified]).when(identify()).thenThrows(RuleViolationError, /Risk k1 is already on the register/);
    });
  });

  describe('reviewing a risk', () => {
    it('records the new residual rating with notes, reviewed today by the acting user, next due after the risk’s cadence', () => {
      spec
        .given([identified])
        .when(review(), { actorId: 'risk-owner-2' })
        .then([
          {
            type: 'RiskReviewed',
            data: {
              riskId: 'k1',
              residual: rated(2, 4),
              notes: 'Provider refinanced; exposure down',
              reviewedOn: '2026-01-15',
              reviewedBy: 'risk-owner-2',
              nextReviewDue: '2026-04-15',
            },
          },
        ]);
    });

    it('sets the next review from the review date and the cadence set at identification', () => {
      spec
        .given([identifiedWithCadence(6), reviewed])
        .when(review(), { now: new Date('2026-02-10T12:00:00Z') })
        .then([expect.objectContaining({ data: expect.objectContaining({ reviewedOn: '2026-02-10', nextReviewDue: '2026-08-10' }) })]);
    });

    it('clamps the next review to the month end', () => {
      spec
        .given([identifiedWithCadence(1)])
        .when(review(), { now: new Date('2028-01-31T12:00:00Z') })
        .then([expect.objectContaining({ data: expect.objectContaining({ reviewedOn: '2028-01-31', nextReviewDue: '2028-02-29' }) })]);
    });

    it('reviews on the UK calendar day', () => {
      spec
        .given([identified])
        .when(review(), { now: new Date('2026-07-31T23:30:00Z') })
        .then([expect.objectContaining({ data: expect.objectContaining({ reviewedOn: '2026-08-01', nextReviewDue: '2026-11-01' }) })]);
    });

    it.each(BAD_SCORES)('refuses a new residual likelihood or impact of %p', (n) => {
      spec
        .given([identified])
        .when(review(rated(n, 2)))
        .thenThrows(InvalidInputError, /residual likelihood must be a whole number from 1 to 5/);
      spec
        .given([identified])
        .when(review(rated(2, n)))
        .thenThrows(InvalidInputError, /residual impact must be a whole number from 1 to 5/);
    });

    it('refuses a review without notes', () => {
      spec.given([identified]).when(review(rated(2, 2), '  ')).thenThrows(InvalidInputError, /notes must not be empty/);
    });

    it('refuses to review a risk that is not on the register', () => {
      spec.given([]).when(review()).thenThrows(RuleViolationError, /No such risk/);
    });
  });

  describe('closing a risk', () => {
    const close = (reason = ' Contract re-let with a financially strong provider '): RiskCommand => ({ type: 'CloseRisk', reason });
    const closed: RiskEvent = { type: 'RiskClosed', data: { riskId: 'k1', reason: 'Contract re-let', closedOn: '2026-01-10', closedBy: 'lead-1' } };

    it('takes the risk off the live register with its reason, today, by the acting user', () => {
      spec
        .given([identified, reviewed])
        .when(close(), { actorId: 'lead-2' })
        .then([{ type: 'RiskClosed', data: { riskId: 'k1', reason: 'Contract re-let with a financially strong provider', closedOn: '2026-01-15', closedBy: 'lead-2' } }]);
    });

    it('refuses to close without a reason', () => {
      spec.given([identified]).when(close('  ')).thenThrows(InvalidInputError, /reason must not be empty/);
    });

    it('refuses to close a risk that is not on the register', () => {
      spec.given([]).when(close()).thenThrows(RuleViolationError, /No such risk/);
    });

    it('refuses to review or close a closed risk, saying when it was closed', () => {
      spec.given([identified, closed]).when(review()).thenThrows(RuleViolationError, /closed on 2026-01-10/);
      spec.given([identified, closed]).when(close()).thenThrows(RuleViolationError, /closed on 2026-01-10/);
    });
  });
});

describe('reviews against the inherent rating', () => {
  it('refuses a review whose residual score would exceed the inherent score', () => {
    spec.given([identified]).when(review(rated(5, 5))).thenThrows(RuleViolationError, /cannot be above the inherent score \(20\)/);
  });
});
