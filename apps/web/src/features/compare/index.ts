/** The routed screen is CompareScreen (lazy-loaded by the router); the link builder is for other screens. */
export { compareHref, parseCompareState } from './model/compare-url';
