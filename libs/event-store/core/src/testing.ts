// Test-only helpers (they use jest's globals): import from '@ledger/event-store-core/testing'.
// DeciderSpecification lives in the domain kernel (domain specs import '@ledger/domain-kernel/testing');
// it is re-exported here for the api libraries' specs.
export * from '@ledger/domain-kernel/testing';
export * from './lib/testing/event-store-contract';
export * from './lib/testing/read-model-contract';
export * from './lib/testing/key-store-contract';
