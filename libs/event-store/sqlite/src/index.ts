export * from './lib/open-sqlite';
export * from './lib/sqlite-event-store';
export * from './lib/sqlite-read-model-store';
export * from './lib/sqlite-personal-data-key-store';
export * from './lib/wal-sync';
