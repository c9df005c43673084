export * from './lib/strategy.module';
export * from './lib/strategy.projections';
export * from './lib/strategy-queries';
export * from './lib/strategy.handlers';
export * from './lib/strategy.types';
export * from './lib/strategy.resolver';
