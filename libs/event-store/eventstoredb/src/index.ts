export * from './lib/eventstoredb-event-store';
