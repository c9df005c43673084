export * from './lib/lessons.module';
export * from './lib/lessons.projections';
export * from './lib/lessons-queries';
export * from './lib/lessons.handlers';
export * from './lib/lessons.types';
export * from './lib/lessons-log.export';
