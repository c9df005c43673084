export * from './lib/contract';
export * from './lib/contract-reporting';
export * from './lib/reporting-periods';
export * from './lib/social-value-measure';
export * from './lib/variation-policy';
