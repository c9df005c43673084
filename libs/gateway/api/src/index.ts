export * from './lib/gateway.module';
export * from './lib/projections';
export * from './lib/read/gateway-queries';
export * from './lib/write/messages';
export * from './lib/graphql/gateway.types';
export * from './lib/exports/gateway-log.export';
