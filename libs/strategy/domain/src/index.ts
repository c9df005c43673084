export * from './lib/maturity';
export * from './lib/maturity-areas';
export * from './lib/maturity-assessment';
export * from './lib/action-plan';
export * from './lib/strategy-pack';
export * from './lib/pack-sections';
export * from './lib/maturity-comparison';
