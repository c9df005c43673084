export * from './lib/risk.module';
export * from './lib/projections';
export * from './lib/read/risk-queries';
export * from './lib/write/messages';
export * from './lib/graphql/risk.types';
export * from './lib/exports/risk-register.export';
