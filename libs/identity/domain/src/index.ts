export * from './lib/user';
