// Test-only helpers (they use jest's globals): import from '@ledger/event-store-core/testing'.
export * from './lib/testing/decider-specification';
export * from './lib/testing/event-store-contract';
export * from './lib/testing/read-model-contract';
export * from './lib/testing/key-store-contract';
