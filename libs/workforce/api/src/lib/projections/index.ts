import { competenciesProjection, skillsProjection } from './skills.projection';
import { establishmentProjection } from './establishment.projection';
import { peopleProjection } from './people.projection';
import { coursesProjection, trainingRegisterProjection } from './training.projection';

export * from './collections';
export { competenciesProjection, skillsProjection, establishmentProjection, peopleProjection, coursesProjection, trainingRegisterProjection };

export const WORKFORCE_PROJECTIONS = [
  establishmentProjection,
  peopleProjection,
  competenciesProjection,
  skillsProjection,
  coursesProjection,
  trainingRegisterProjection,
];
