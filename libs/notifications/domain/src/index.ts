export * from './lib/reminder-preferences';
export * from './lib/reminder';
export * from './lib/test-message';
