/* eslint-disable @nx/enforce-module-boundaries -- the cases are apps/web's own documents */
import { print, type DocumentNode } from 'graphql';
import {
  InflationLeadersDocument,
  OverviewBranchPageDocument,
  OverviewScoreboardDocument,
  OverviewTrendDocument,
  OverviewUnitTreeDocument,
  PeriodListDocument,
  ReviewQueueDocument,
  ValueChecksDocument,
} from '../../apps/web/src/generated/graphql';

/** One request `bench:api` times (api.bench.ts), beside the same statements run raw. */
export interface Case {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  /** Printed for comparison, not an overview query: no targets apply. */
  reference?: boolean;
}

/** The overview's requests, as apps/web sends them on a first visit and while paging the table. */
export function overviewCases(
  districtId: string,
  period: string,
  previous: string,
  branchId: string,
): Case[] {
  const page = (
    offset: number,
    sortBy: string,
    descending: boolean,
    extra: Record<string, unknown> = {},
  ) => ({
    unitId: districtId,
    period,
    offset,
    limit: 50,
    sortBy,
    descending,
    search: null,
    sectors: null,
    grades: null,
    statuses: null,
    ...extra,
  });
  // The review queue (/review) as a district ADMIN opens it (the submitted ones, oldest submission
  // first), with all statuses, by risk (on the stored open flags), and by risk with all statuses
  // (drafts and returned ones listed too: their counts are stored by their own saves).
  const queue = (sortBy: string, status: string | null) => ({
    period,
    status,
    sortBy,
    descending: false,
    offset: 0,
    limit: 20,
    search: null,
  });
  const text = (doc: unknown) => print(doc as DocumentNode);
  return [
    // The fixed cost of any request: HTTP, GraphQL and the session lookup, with no query behind it.
    { name: 'floor: { __typename }', query: '{ __typename }', variables: {}, reference: true },
    { name: 'unit tree (picker)', query: text(OverviewUnitTreeDocument), variables: {} },
    { name: 'period list', query: text(PeriodListDocument), variables: {} },
    {
      name: 'scoreboard (figures)',
      query: text(OverviewScoreboardDocument),
      variables: { unitId: districtId, period },
    },
    {
      name: 'trend (8 quarters)',
      query: text(OverviewTrendDocument),
      variables: { unitId: districtId, fromPeriod: previous, toPeriod: period },
    },
    { name: 'table p1 by rank', query: text(OverviewBranchPageDocument), variables: page(0, 'rank', false) },
    {
      name: 'table p40 by name',
      query: text(OverviewBranchPageDocument),
      variables: page(1950, 'name', false),
    },
    {
      name: 'table by change',
      query: text(OverviewBranchPageDocument),
      variables: page(0, 'totalChange', true),
    },
    {
      name: 'table filtered+search',
      query: text(OverviewBranchPageDocument),
      variables: page(0, 'total', true, { search: '1', statuses: ['APPROVED'], sectors: ['COMMUNITY'] }),
    },
    {
      name: 'inflation list (top 10)',
      query: text(InflationLeadersDocument),
      variables: { period, limit: 10 },
    },
    {
      name: 'ranking bottom 50',
      query: text(OverviewBranchPageDocument),
      variables: page(0, 'total', false),
    },
    {
      name: 'review queue (default)',
      query: text(ReviewQueueDocument),
      variables: queue('SUBMITTED_AT', 'SUBMITTED'),
    },
    {
      name: 'review queue p1 (all)',
      query: text(ReviewQueueDocument),
      variables: queue('SUBMITTED_AT', null),
    },
    {
      name: 'review queue by risk',
      query: text(ReviewQueueDocument),
      variables: queue('RISK', 'SUBMITTED'),
    },
    {
      name: 'queue by risk (all)',
      query: text(ReviewQueueDocument),
      variables: queue('RISK', null),
    },
    {
      name: "one branch's checks",
      query: text(ValueChecksDocument),
      variables: { branchId, period },
    },
    // Before: the queue fetched every assessment in scope and every review risk, then paged in the
    // browser (the documents as apps/web sent them until this change). Reference rows, no targets.
    {
      name: 'before: queue, all rows',
      query: `query ($period: String!) { assessments(period: $period) { id branchId periodCode status version submittedAt onTime
        branch { id code name sector } selfScore { total gradeCode veto completeness answered applicable grade { code name { zh en } } } } }`,
      variables: { period },
      reference: true,
    },
    {
      name: 'before: reviewRisks',
      query: `query ($period: String!) { reviewRisks(period: $period) { assessmentId branchId branchCode branchName status
        openFlags inflation inflationQuarters riskRank flags { code indicator indicators rule figures message { zh en } } } }`,
      variables: { period },
      reference: true,
    },
    {
      name: 'distribution bins',
      query: `query ($unitId: ID!, $period: String!) { scoreDistribution(unitId: $unitId, period: $period, binWidth: 5) { from to count } }`,
      variables: { unitId: districtId, period },
    },
  ];
}
