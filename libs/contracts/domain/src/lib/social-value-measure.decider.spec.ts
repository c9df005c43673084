import { InvalidInputError, RuleViolationError } from '@ledger/domain-kernel';
import { DeciderSpecification } from '@ledger/domain-kernel/testing';
import {
  DefineSocialValueMeasure,
  SocialValueMeasureEvent,
  socialValueMeasureDecider,
  socialValueMeasureFacts,
  socialValueMeasureKey,
  socialValueMeasureStreamId,
} from './social-value-measure';

const spec = DeciderSpecification(socialValueMeasureDecider, { actorId: 'lead-1', actorRoles: ['PROCUREMENT_LEAD'] });

const define = (overrides: Partial<DefineSocialValueMeasure> = {}): DefineSocialValueMeasure => ({
  type: 'DefineSocialValueMeasure',
  measureId: 'm1',
  theme: ' Fighting climate change ',
  outcome: ' Carbon saved on the contract ',
  unit: ' tCO2e ',
  proxyValuePerUnit: 256.499,
  outcomeTaken: false,
  ...overrides,
});
const defined: SocialValueMeasureEvent = {
  type: 'SocialValueMeasureDefined',
  data: { measureId: 'm1', theme: 'Fighting climate change', outcome: 'Carbon saved on the contract', unit: 'tCO2e', proxyValuePerUnit: 256.5, definedBy: 'lead-1' },
};
const retired: SocialValueMeasureEvent = { type: 'SocialValueMeasureRetired', data: { measureId: 'm1', reason: 'Replaced by the 2026 model', retiredBy: 'lead-1' } };
const fold = (events: SocialValueMeasureEvent[]) => events.reduce(socialValueMeasureDecider.evolve, socialValueMeasureDecider.initialState());

describe('social value measure', () => {
  it('lives in its own stream', () => {
    expect(socialValueMeasureStreamId('m1')).toBe('social-value-measure-m1');
  });

  describe('defining a measure', () => {
    it('defines a measure with its theme, outcome, unit and proxy value to the penny', () => {
      spec.given([]).when(define()).then([defined]);
    });

    it('defines a measure without a proxy value (counted, never valued in pounds)', () => {
      spec.given([]).when(define({ proxyValuePerUnit: undefined })).then([{ ...defined, data: { ...defined.data, proxyValuePerUnit: null } } as SocialValueMeasureEvent]);
      spec.given([]).when(define({ proxyValuePerUnit: 0 })).then([expect.objectContaining({ data: expect.objectContaining({ proxyValuePerUnit: 0 }) })]);
    });

    it.each([
      [{ theme: ' ' }, /theme must not be empty/],
      [{ outcome: '' }, /outcome must not be empty/],
      [{ unit: ' ' }, /unit must not be empty/],
      [{ proxyValuePerUnit: -0.01 }, /proxyValuePerUnit must be an amount in pounds, 0 or more/],
      [{ proxyValuePerUnit: Number.NaN }, /proxyValuePerUnit must be an amount in pounds/],
    ] as [Partial<DefineSocialValueMeasure>, RegExp][])('refuses %p as bad input', (overrides, message) => {
      spec.given([]).when(define(overrides)).thenThrows(InvalidInputError, message);
    });

    it('refuses an outcome another measure of the theme holds (as the handler found on the reservation)', () => {
      spec.given([]).when(define({ outcomeTaken: true })).thenThrows(RuleViolationError, /The theme "Fighting climate change" already has a measure for "Carbon saved on the contract"/);
    });

    it('refuses to define the same measure twice', () => {
      spec.given([defined]).when(define()).thenThrows(RuleViolationError, /Social value measure m1 already exists/);
    });

    it('holds the theme and outcome unique whatever their case and spacing', () => {
      expect(socialValueMeasureKey(' Fighting  climate change', 'CARBON saved on the contract ')).toBe(socialValueMeasureKey('fighting climate change', 'carbon saved on the contract'));
      expect(socialValueMeasureKey('Wellbeing', 'Volunteering hours')).not.toBe(socialValueMeasureKey('Equal opportunity', 'Volunteering hours'));
    });
  });

  describe('retiring a measure', () => {
    it('retires it with the reason', () => {
      spec.given([defined]).when({ type: 'RetireSocialValueMeasure', reason: ' Replaced by the 2026 model ' }).then([retired]);
    });

    it('refuses to retire a measure never defined, twice, or without a reason', () => {
      spec.given([]).when({ type: 'RetireSocialValueMeasure', reason: 'x' }).thenThrows(RuleViolationError, /No such social value measure/);
      spec.given([defined, retired]).when({ type: 'RetireSocialValueMeasure', reason: 'x' }).thenThrows(RuleViolationError, /already retired/);
      spec.given([defined]).when({ type: 'RetireSocialValueMeasure', reason: ' ' }).thenThrows(InvalidInputError, /reason must not be empty/);
    });
  });

  describe('the facts a contract is told about a measure', () => {
    it('are none for a measure never defined', () => {
      expect(socialValueMeasureFacts(fold([]))).toBeNull();
    });

    it('are its fields, and whether it was retired', () => {
      const facts = { measureId: 'm1', theme: 'Fighting climate change', outcome: 'Carbon saved on the contract', unit: 'tCO2e', proxyValuePerUnit: 256.5 };
      expect(socialValueMeasureFacts(fold([defined]))).toEqual({ ...facts, retired: false });
      expect(socialValueMeasureFacts(fold([defined, retired]))).toEqual({ ...facts, retired: true });
    });
  });
});
