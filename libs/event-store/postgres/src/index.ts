export * from './lib/postgres-schema';
export * from './lib/postgres-event-store';
export * from './lib/postgres-read-model-store';
export * from './lib/postgres-personal-data-key-store';
