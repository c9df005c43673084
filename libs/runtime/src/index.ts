export * from './lib/config';
export * from './lib/jwt-secret';
export * from './lib/open-stores';
