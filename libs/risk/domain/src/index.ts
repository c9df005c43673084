export * from './lib/risk';
