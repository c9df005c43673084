export * from './lib/lessons.module';
export * from './lib/projections';
export * from './lib/read/lessons-queries';
export * from './lib/write/messages';
export * from './lib/graphql/lessons.types';
export * from './lib/exports/lessons-log.export';
