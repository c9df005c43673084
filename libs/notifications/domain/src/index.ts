export * from './lib/reminder-preferences';
export * from './lib/reminder';
