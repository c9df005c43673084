export * from './collections';
export * from './lessons.projections';
