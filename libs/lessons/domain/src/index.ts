export * from './lib/lesson';
