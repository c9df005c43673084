import { Decider, DomainEvent, RuleViolationError, unhandled } from '@ledger/domain-kernel';
import { requiredText, ukDateOf } from '@ledger/shared-domain';
import { MaturityArea, MaturityLevel, MaturityTheme, areaKey, knownArea, maturityLevel, reviewYear } from './maturity';

/** One stream per assessed year: the year's assessments in the order they were made. */
export const maturityStreamId = (year: number) => `maturity-${year}`;

export type MaturityAssessed = DomainEvent<
  'MaturityAssessed',
  {
    year: number;
    area: string;
    theme: MaturityTheme;
    level: MaturityLevel;
    target: MaturityLevel | null;
    evidence: string;
    assessedOn: string;
    assessedBy: string;
    /** 1, 2, ... within the year. */
    sequence: number;
    /** The earlier assessment of the same area in the same year that this one replaces, if any. */
    supersedes: number | null;
  }
>;
export type MaturityAssessmentEvent = MaturityAssessed;
export const MATURITY_ASSESSMENT_EVENT_TYPES: readonly MaturityAssessmentEvent['type'][] = ['MaturityAssessed'];

export type MaturityAssessmentCommand = {
  type: 'AssessMaturity';
  year: number;
  area: string;
  level: string;
  /** Empty when the area has no target. */
  target?: string | null;
  evidence: string;
  /** The maturity areas known when the command is decided (reference + added), in catalogue order. */
  areas: readonly MaturityArea[];
};

/** An assessment as asked for: the handler adds the area catalogue as the log has it. */
export type MaturityAssessmentRequest = Omit<MaturityAssessmentCommand, 'areas'>;

export interface MaturityAssessmentState {
  sequence: number;
  /** The latest assessment's sequence per area key. */
  latest: Record<string, number>;
}

/**
 * The maturity assessment of one year. Each area gets a level (MINIMUM-INNOVATOR), an optional
 * target and the evidence for it. Assessing an area again in the same year records a new
 * assessment that supersedes the earlier one; nothing is ever edited.
 */
export const maturityAssessmentDecider: Decider<MaturityAssessmentCommand, MaturityAssessmentEvent, MaturityAssessmentState> = {
  initialState: () => ({ sequence: 0, latest: {} }),

  decide(command, state, context) {
    const year = reviewYear('year', command.year);
    const thisYear = Number(ukDateOf(context.now).slice(0, 4));
    if (year > thisYear) throw new RuleViolationError(`${year} has not started: a year is assessed during or after it`);
    const area = knownArea('area', command.area, command.areas);
    const level = maturityLevel('level', command.level);
    const target = command.target === null || command.target === undefined ? null : maturityLevel('target', command.target);
    const evidence = requiredText('evidence', command.evidence, 8000);
    const sequence = state.sequence + 1;
    return [
      {
        type: 'MaturityAssessed',
        data: {
          year,
          area: area.name,
          theme: area.theme,
          level,
          target,
          evidence,
          assessedOn: ukDateOf(context.now),
          assessedBy: context.actorId,
          sequence,
          supersedes: state.latest[areaKey(area.name)] ?? null,
        },
      },
    ];
  },

  evolve(state, event) {
    switch (event.type) {
      case 'MaturityAssessed':
        return { sequence: event.data.sequence, latest: { ...state.latest, [areaKey(event.data.area)]: event.data.sequence } };
      default:
        return unhandled('event', event.type);
    }
  },
};
