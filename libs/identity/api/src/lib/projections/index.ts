import { signInSettingsProjection } from './sign-in-settings.projection';
import { usersProjection } from './users.projection';

export * from './collections';
export { signInSettingsProjection, usersProjection };

export const IDENTITY_PROJECTIONS = [usersProjection, signInSettingsProjection];
