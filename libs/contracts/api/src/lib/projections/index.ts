export * from './collections';
export * from './contracts.projections';
