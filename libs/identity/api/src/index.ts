export * from './lib/identity.module';
export * from './lib/users.projection';
export * from './lib/user-directory';
export * from './lib/user-provisioning';
export * from './lib/auth.service';
export * from './lib/user-commands';
