export { AnnualOverview } from './components/AnnualOverview';
export { BranchAnnualCard } from './components/BranchAnnualCard';
