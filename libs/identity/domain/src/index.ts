export * from './lib/user';
export * from './lib/role-mapping';
export * from './lib/local-password-policy';
export * from './lib/sign-in-handoff';
