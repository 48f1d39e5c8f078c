export { checkValues } from './check-values';
export {
  checkBranchSet,
  checkAgainstSample,
  groupSamples,
  peerValuesOf,
  anonymousPeers,
  type CheckedBranch,
  type GroupSample,
} from './check-set';
export { modifiedZScore, median, MAD_CONSTANT, MEAN_AD_CONSTANT, type ModifiedZ } from './robust-z';
export { quantityOf, inputKind, hasQuantity, MEASURED_KINDS } from './quantity';
export { OPERATORS } from './operators';
export * from './types';
