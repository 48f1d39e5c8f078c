/** GraphQL documents shared by the analytics integration suites. */
const FIGURES = `assessed expected completion mean weightedMean median q1 q3 min max
  gradeCounts { code count } pathMeans { code mean }
  submission { notOpened draft submitted returned approved reported onTime late notSubmitted onTimeRate }
  previousMean meanChange`;

export const SCOREBOARD = `query ($unitId: ID!, $period: String!) { scoreboard(unitId: $unitId, period: $period) {
  unit { id code name kind active } period previousPeriod
  paths { code name { zh en } weight } grades { code min }
  figures { ${FIGURES} }
  children { unit { id code kind active } figures { ${FIGURES} } rank previousRank rankChange }
  branches { id code name parentId childId sector memberCount active status onTime total gradeCode veto pathPercents
    rank percentile previousTotal previousRank totalChange rankChange } } }`;

export const TREND = `query ($unitId: ID!, $from: String!, $to: String!) { trend(unitId: $unitId, fromPeriod: $from, toPeriod: $to) {
  period year quarter assessed expected completion mean median pathMeans { code mean } } }`;

export const COMPARE = `query ($ids: [ID!]!, $period: String!) { compare(branchIds: $ids, period: $period) {
  branchId code name sector status total gradeCode
  paths { code name { zh en } weight maxPoints points percent indicators { code rule applicable missing points maxPoints } } } }`;

export const PEER_STANDING = `query ($branchId: ID!, $period: String!) { peerStanding(branchId: $branchId, period: $period) {
  branchId period total sector
  sameParent { peerCount rank percentile median pathMedians { code median } }
  sameSector { peerCount rank percentile median pathMedians { code median } } } }`;

export const COMPLETION = `query ($unitId: ID!, $period: String!) { completion(unitId: $unitId, period: $period) {
  unitId period expected assessed completion
  submission { notOpened draft submitted returned approved reported onTime late notSubmitted onTimeRate } } }`;

export interface Figures {
  assessed: number;
  expected: number;
  completion: number;
  mean: number | null;
  weightedMean: number | null;
  median: number | null;
  q1: number | null;
  q3: number | null;
  min: number | null;
  max: number | null;
  gradeCounts: { code: string; count: number }[];
  pathMeans: { code: string; mean: number }[];
  submission: Record<
    | 'notOpened'
    | 'draft'
    | 'submitted'
    | 'returned'
    | 'approved'
    | 'reported'
    | 'onTime'
    | 'late'
    | 'onTimeRate',
    number
  >;
  previousMean: number | null;
  meanChange: number | null;
}

export interface ScoreboardBranch {
  id: string;
  code: string;
  name: string;
  parentId: string | null;
  childId: string | null;
  sector: string | null;
  memberCount: number;
  active: boolean;
  status: string | null;
  onTime: boolean | null;
  total: number | null;
  gradeCode: string | null;
  veto: boolean | null;
  pathPercents: (number | null)[] | null;
  rank: number | null;
  percentile: number | null;
  previousTotal: number | null;
  previousRank: number | null;
  totalChange: number | null;
  rankChange: number | null;
}

export interface Scoreboard {
  unit: { id: string; code: string; name: string; kind: string; active: boolean };
  period: string;
  previousPeriod: string | null;
  paths: { code: string; name: { zh: string; en: string }; weight: number }[];
  grades: { code: string; min: number }[];
  figures: Figures;
  children: {
    unit: { id: string; code: string; kind: string; active: boolean };
    figures: Figures;
    rank: number | null;
    previousRank: number | null;
    rankChange: number | null;
  }[];
  branches: ScoreboardBranch[];
}
