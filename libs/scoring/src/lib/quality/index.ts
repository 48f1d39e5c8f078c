export { selfInflation, compareRisk, compareInflation, INFLATION_QUARTERS, type RiskFigures } from './risk';
export {
  whatIf,
  type WhatIfBranch,
  type WhatIfRow,
  type WhatIfSide,
  type WhatIfPathMean,
  type WhatIfResult,
} from './what-if';
