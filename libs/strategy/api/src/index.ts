export * from './lib/strategy.module';
export * from './lib/projections';
export * from './lib/read/strategy-queries';
export * from './lib/write/messages';
export * from './lib/graphql/roles';
export * from './lib/graphql/strategy.types';
