export * from './collections';
export * from './risk.projection';
