// Test-only helpers (they use jest's globals): import from '@ledger/domain-kernel/testing'.
export * from './lib/testing/decider-specification';
