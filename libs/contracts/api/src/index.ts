export * from './lib/contracts.module';
export * from './lib/projections';
export * from './lib/read/contracts-queries';
export * from './lib/write/messages';
export * from './lib/graphql/contracts.types';
