export * from './lib/user-events';
export * from './lib/user-commands';
export * from './lib/user-decider';
export * from './lib/password-policy';
