export * from './access';
export * from './alliance-structure';
export * from './local-date';
export * from './membership';
export * from './region';
export * from './membership-administration';
