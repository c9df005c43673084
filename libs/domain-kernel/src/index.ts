// The domain kernel: what every pure domain library builds on, and nothing else (no I/O, no Node).
export * from './lib/domain-event';
export * from './lib/decider';
export * from './lib/errors';
export * from './lib/exhaustive';
