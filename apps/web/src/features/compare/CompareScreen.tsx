import { ComparePage } from './components/ComparePage';

/** The /compare route's screen; default export for React.lazy in the router. */
export default function CompareScreen() {
  return <ComparePage />;
}
