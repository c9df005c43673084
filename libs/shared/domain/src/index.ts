export * from './lib/roles';
export * from './lib/text';
export * from './lib/calendar';
export * from './lib/gateways';
export * from './lib/types';
export * from './lib/people';
export * from './lib/permissions';
export * from './lib/risk-bands';
