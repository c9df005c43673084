export * from './collections';
export * from './strategy.projections';
