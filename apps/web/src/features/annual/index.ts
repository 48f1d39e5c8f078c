export { AnnualOverview } from './components/AnnualOverview';
export { BranchAnnualCard } from './components/BranchAnnualCard';
export { AnnualItemsCard, type AnnualItemsMode } from './components/AnnualItemsCard';
export { AnnualCompare } from './components/AnnualCompare';
export { AnnualTrendCard, AnnualTrendChart } from './components/AnnualTrendCard';
export { AnnualClaimsQueue } from './components/AnnualClaimsQueue';
