import { Decider, DomainEvent, InvalidInputError, RuleViolationError, unhandled } from '@ledger/domain-kernel';
import { DistributiveOmit, requiredText } from '@ledger/shared-domain';
import { LEVEL_COUNT, assertLevel } from './proficiency';

export type CompetencyDefined = DomainEvent<'CompetencyDefined', { competencyId: string; name: string; category: string; levelDescriptors: string[] }>;
export type RequirementSet = DomainEvent<'RequirementSet', { competencyId: string; jobTitle: string; requiredLevel: number }>;
export type CompetencyEvent = CompetencyDefined | RequirementSet;
export const COMPETENCY_EVENT_TYPES: readonly CompetencyEvent['type'][] = ['CompetencyDefined', 'RequirementSet'];

export type CompetencyCommand =
  | { type: 'DefineCompetency'; competencyId: string; name: string; category: string; levelDescriptors: string[]; nameTaken: boolean }
  | { type: 'SetRequirement'; jobTitle: string; requiredLevel: number };

/** A competency command as asked for: the handler finds out whether the name is taken. */
export type CompetencyRequest = DistributiveOmit<CompetencyCommand, 'nameTaken'>;

export type CompetencyState = { defined: false } | { defined: true; competencyId: string; requirements: Record<string, number> };

export const competencyStreamId = (competencyId: string) => `competency-${competencyId}`;

/** Job titles are matched case- and space-insensitively, and shown as first written. */
export const jobTitleKey = (jobTitle: string) => jobTitle.trim().replace(/\s+/g, ' ').toLowerCase();

/** The competency framework: what is assessed, its level descriptors, and what each job title needs. */
export const competencyDecider: Decider<CompetencyCommand, CompetencyEvent, CompetencyState> = {
  initialState: () => ({ defined: false }),

  decide(command, state) {
    switch (command.type) {
      case 'DefineCompetency': {
        if (state.defined) throw new RuleViolationError(`Competency ${command.competencyId} is already defined`);
        const name = requiredText('name', command.name, 200);
        if (command.nameTaken) throw new RuleViolationError(`A competency named "${name}" already exists`, { field: 'name' });
        if (!Array.isArray(command.levelDescriptors) || command.levelDescriptors.length !== LEVEL_COUNT) {
          throw new InvalidInputError(`levelDescriptors needs exactly ${LEVEL_COUNT} descriptors, for levels 0 to 4`, { field: 'levelDescriptors' });
        }
        return [
          {
            type: 'CompetencyDefined',
            data: {
              competencyId: command.competencyId,
              name,
              category: requiredText('category', command.category, 200),
              levelDescriptors: command.levelDescriptors.map((text, level) => requiredText(`levelDescriptors[${level}]`, text, 1000)),
            },
          },
        ];
      }
      case 'SetRequirement': {
        if (!state.defined) throw new RuleViolationError('No such competency');
        const jobTitle = requiredText('jobTitle', command.jobTitle, 200).replace(/\s+/g, ' ');
        const requiredLevel = assertLevel('requiredLevel', command.requiredLevel);
        if (state.requirements[jobTitleKey(jobTitle)] === requiredLevel) return [];
        return [{ type: 'RequirementSet', data: { competencyId: state.competencyId, jobTitle, requiredLevel } }];
      }
      default:
        return unhandled('command', command);
    }
  },

  evolve(state, event) {
    switch (event.type) {
      case 'CompetencyDefined':
        return { defined: true, competencyId: event.data.competencyId, requirements: {} };
      case 'RequirementSet':
        return state.defined ? { ...state, requirements: { ...state.requirements, [jobTitleKey(event.data.jobTitle)]: event.data.requiredLevel } } : state;
      default:
        return unhandled('event', event);
    }
  },
};
