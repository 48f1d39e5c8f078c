/** The routed screen is OverviewScreen (lazy-loaded by the router); these are for other features. */
export { ChartCard } from './components/ChartCard';
