export * from './lib/risk.module';
export * from './lib/risk.projection';
export * from './lib/risk-queries';
export * from './lib/risk.handlers';
export * from './lib/risk.types';
export * from './lib/risk-register.export';
