import './locale';
export * from './auth';
export * from './citizens';
export * from './common';
export * from './problem';
export * from './roles';
export * from './text';
export * from './units';
export * from './users';
