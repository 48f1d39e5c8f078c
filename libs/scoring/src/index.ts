export * from './lib/types';
export * from './lib/engine';
export * from './lib/aggregates';
export * from './lib/rules';
export * from './lib/figures';
export * from './lib/annual';
export * from './lib/checks';
export * from './lib/rectification/proposals';
