export * from './lib/roles';
export * from './lib/text';
export * from './lib/calendar';
export * from './lib/gateways';
