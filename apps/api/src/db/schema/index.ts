export * from './audit';
export * from './calendar';
export * from './dossiers';
export * from './identity';
export * from './notifications';
export * from './org';
export * from './procedures';
export * from './workflows';
