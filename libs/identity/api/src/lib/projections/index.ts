import { usersProjection } from './users.projection';

export * from './collections';
export { usersProjection };

export const IDENTITY_PROJECTIONS = [usersProjection];
