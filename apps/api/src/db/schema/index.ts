export * from './audit';
export * from './calendar';
export * from './identity';
export * from './org';
export * from './procedures';
