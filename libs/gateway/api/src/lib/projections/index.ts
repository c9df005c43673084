export * from './collections';
export * from './gateway.projections';
