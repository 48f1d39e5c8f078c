export * from './lib/types';
export * from './lib/engine';
export * from './lib/aggregates';
export * from './lib/rectification/proposals';
