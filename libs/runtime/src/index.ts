export * from './lib/config';
export * from './lib/jwt-secret';
export * from './lib/open-stores';
export * from './lib/ledger-keys';
export * from './lib/log-checkpoints';
