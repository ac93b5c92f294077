export * from './audit';
export * from './identity';
export * from './org';
