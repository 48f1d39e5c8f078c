/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment SessionUserFields on User {\n    id\n    username\n    displayName\n    role\n    scopeUnit {\n      id\n      name\n    }\n  }\n": typeof types.SessionUserFieldsFragmentDoc,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query Me {\n    me {\n      ...SessionUserFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  fragment PickerUnitFields on OrgUnit {\n    id\n    code\n    name\n    kind\n    sector\n    active\n  }\n": typeof types.PickerUnitFieldsFragmentDoc,
    "\n  query OrgPickerTree {\n    orgTree {\n      ...PickerUnitFields\n      children {\n        ...PickerUnitFields\n        children {\n          ...PickerUnitFields\n          children {\n            ...PickerUnitFields\n            children {\n              ...PickerUnitFields\n              children {\n                ...PickerUnitFields\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.OrgPickerTreeDocument,
    "\n  query PeriodList {\n    periods {\n      id\n      code\n      status\n      deadline\n      frameworkId\n      closedAt\n    }\n  }\n": typeof types.PeriodListDocument,
    "\n  fragment OverviewFigures on UnitFigures {\n    assessed\n    expected\n    completion\n    mean\n    median\n    weightedMean\n    meanChange\n    previousMean\n    min\n    max\n    q1\n    q3\n    gradeCounts {\n      code\n      count\n    }\n    pathMeans {\n      code\n      mean\n    }\n    submission {\n      approved\n      submitted\n      returned\n      draft\n      notOpened\n      reported\n      onTime\n      late\n      onTimeRate\n    }\n  }\n": typeof types.OverviewFiguresFragmentDoc,
    "\n  query OverviewScoreboard($unitId: ID!, $period: String!) {\n    scoreboard(unitId: $unitId, period: $period) {\n      period\n      previousPeriod\n      unit {\n        id\n        code\n        name\n        kind\n      }\n      grades {\n        code\n        min\n        name {\n          zh\n          en\n        }\n      }\n      paths {\n        code\n        weight\n        name {\n          zh\n          en\n        }\n      }\n      figures {\n        ...OverviewFigures\n      }\n      children {\n        rank\n        previousRank\n        rankChange\n        unit {\n          id\n          code\n          name\n          kind\n          active\n        }\n        figures {\n          assessed\n          expected\n          completion\n          mean\n          meanChange\n        }\n      }\n      # branchId, not id: Apollo would otherwise normalise each branch as one cache object shared by\n      # every quarter's scoreboard, and a branch's totals of one quarter would overwrite another's.\n      branches {\n        branchId: id\n        code\n        name\n        sector\n        status\n        total\n        totalChange\n        rank\n        previousRank\n        rankChange\n        gradeCode\n        pathPercents\n        childId\n        parentId\n        onTime\n        veto\n        memberCount\n        percentile\n        active\n      }\n    }\n  }\n": typeof types.OverviewScoreboardDocument,
    "\n  query OverviewTrend($unitId: ID!, $fromPeriod: String!, $toPeriod: String!) {\n    trend(unitId: $unitId, fromPeriod: $fromPeriod, toPeriod: $toPeriod) {\n      period\n      mean\n      median\n      completion\n      assessed\n      expected\n      pathMeans {\n        code\n        mean\n      }\n    }\n  }\n": typeof types.OverviewTrendDocument,
};
const documents: Documents = {
    "\n  fragment SessionUserFields on User {\n    id\n    username\n    displayName\n    role\n    scopeUnit {\n      id\n      name\n    }\n  }\n": types.SessionUserFieldsFragmentDoc,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  query Me {\n    me {\n      ...SessionUserFields\n    }\n  }\n": types.MeDocument,
    "\n  fragment PickerUnitFields on OrgUnit {\n    id\n    code\n    name\n    kind\n    sector\n    active\n  }\n": types.PickerUnitFieldsFragmentDoc,
    "\n  query OrgPickerTree {\n    orgTree {\n      ...PickerUnitFields\n      children {\n        ...PickerUnitFields\n        children {\n          ...PickerUnitFields\n          children {\n            ...PickerUnitFields\n            children {\n              ...PickerUnitFields\n              children {\n                ...PickerUnitFields\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.OrgPickerTreeDocument,
    "\n  query PeriodList {\n    periods {\n      id\n      code\n      status\n      deadline\n      frameworkId\n      closedAt\n    }\n  }\n": types.PeriodListDocument,
    "\n  fragment OverviewFigures on UnitFigures {\n    assessed\n    expected\n    completion\n    mean\n    median\n    weightedMean\n    meanChange\n    previousMean\n    min\n    max\n    q1\n    q3\n    gradeCounts {\n      code\n      count\n    }\n    pathMeans {\n      code\n      mean\n    }\n    submission {\n      approved\n      submitted\n      returned\n      draft\n      notOpened\n      reported\n      onTime\n      late\n      onTimeRate\n    }\n  }\n": types.OverviewFiguresFragmentDoc,
    "\n  query OverviewScoreboard($unitId: ID!, $period: String!) {\n    scoreboard(unitId: $unitId, period: $period) {\n      period\n      previousPeriod\n      unit {\n        id\n        code\n        name\n        kind\n      }\n      grades {\n        code\n        min\n        name {\n          zh\n          en\n        }\n      }\n      paths {\n        code\n        weight\n        name {\n          zh\n          en\n        }\n      }\n      figures {\n        ...OverviewFigures\n      }\n      children {\n        rank\n        previousRank\n        rankChange\n        unit {\n          id\n          code\n          name\n          kind\n          active\n        }\n        figures {\n          assessed\n          expected\n          completion\n          mean\n          meanChange\n        }\n      }\n      # branchId, not id: Apollo would otherwise normalise each branch as one cache object shared by\n      # every quarter's scoreboard, and a branch's totals of one quarter would overwrite another's.\n      branches {\n        branchId: id\n        code\n        name\n        sector\n        status\n        total\n        totalChange\n        rank\n        previousRank\n        rankChange\n        gradeCode\n        pathPercents\n        childId\n        parentId\n        onTime\n        veto\n        memberCount\n        percentile\n        active\n      }\n    }\n  }\n": types.OverviewScoreboardDocument,
    "\n  query OverviewTrend($unitId: ID!, $fromPeriod: String!, $toPeriod: String!) {\n    trend(unitId: $unitId, fromPeriod: $fromPeriod, toPeriod: $toPeriod) {\n      period\n      mean\n      median\n      completion\n      assessed\n      expected\n      pathMeans {\n        code\n        mean\n      }\n    }\n  }\n": types.OverviewTrendDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionUserFields on User {\n    id\n    username\n    displayName\n    role\n    scopeUnit {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment SessionUserFields on User {\n    id\n    username\n    displayName\n    role\n    scopeUnit {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...SessionUserFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...SessionUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PickerUnitFields on OrgUnit {\n    id\n    code\n    name\n    kind\n    sector\n    active\n  }\n"): (typeof documents)["\n  fragment PickerUnitFields on OrgUnit {\n    id\n    code\n    name\n    kind\n    sector\n    active\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgPickerTree {\n    orgTree {\n      ...PickerUnitFields\n      children {\n        ...PickerUnitFields\n        children {\n          ...PickerUnitFields\n          children {\n            ...PickerUnitFields\n            children {\n              ...PickerUnitFields\n              children {\n                ...PickerUnitFields\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgPickerTree {\n    orgTree {\n      ...PickerUnitFields\n      children {\n        ...PickerUnitFields\n        children {\n          ...PickerUnitFields\n          children {\n            ...PickerUnitFields\n            children {\n              ...PickerUnitFields\n              children {\n                ...PickerUnitFields\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeriodList {\n    periods {\n      id\n      code\n      status\n      deadline\n      frameworkId\n      closedAt\n    }\n  }\n"): (typeof documents)["\n  query PeriodList {\n    periods {\n      id\n      code\n      status\n      deadline\n      frameworkId\n      closedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OverviewFigures on UnitFigures {\n    assessed\n    expected\n    completion\n    mean\n    median\n    weightedMean\n    meanChange\n    previousMean\n    min\n    max\n    q1\n    q3\n    gradeCounts {\n      code\n      count\n    }\n    pathMeans {\n      code\n      mean\n    }\n    submission {\n      approved\n      submitted\n      returned\n      draft\n      notOpened\n      reported\n      onTime\n      late\n      onTimeRate\n    }\n  }\n"): (typeof documents)["\n  fragment OverviewFigures on UnitFigures {\n    assessed\n    expected\n    completion\n    mean\n    median\n    weightedMean\n    meanChange\n    previousMean\n    min\n    max\n    q1\n    q3\n    gradeCounts {\n      code\n      count\n    }\n    pathMeans {\n      code\n      mean\n    }\n    submission {\n      approved\n      submitted\n      returned\n      draft\n      notOpened\n      reported\n      onTime\n      late\n      onTimeRate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverviewScoreboard($unitId: ID!, $period: String!) {\n    scoreboard(unitId: $unitId, period: $period) {\n      period\n      previousPeriod\n      unit {\n        id\n        code\n        name\n        kind\n      }\n      grades {\n        code\n        min\n        name {\n          zh\n          en\n        }\n      }\n      paths {\n        code\n        weight\n        name {\n          zh\n          en\n        }\n      }\n      figures {\n        ...OverviewFigures\n      }\n      children {\n        rank\n        previousRank\n        rankChange\n        unit {\n          id\n          code\n          name\n          kind\n          active\n        }\n        figures {\n          assessed\n          expected\n          completion\n          mean\n          meanChange\n        }\n      }\n      # branchId, not id: Apollo would otherwise normalise each branch as one cache object shared by\n      # every quarter's scoreboard, and a branch's totals of one quarter would overwrite another's.\n      branches {\n        branchId: id\n        code\n        name\n        sector\n        status\n        total\n        totalChange\n        rank\n        previousRank\n        rankChange\n        gradeCode\n        pathPercents\n        childId\n        parentId\n        onTime\n        veto\n        memberCount\n        percentile\n        active\n      }\n    }\n  }\n"): (typeof documents)["\n  query OverviewScoreboard($unitId: ID!, $period: String!) {\n    scoreboard(unitId: $unitId, period: $period) {\n      period\n      previousPeriod\n      unit {\n        id\n        code\n        name\n        kind\n      }\n      grades {\n        code\n        min\n        name {\n          zh\n          en\n        }\n      }\n      paths {\n        code\n        weight\n        name {\n          zh\n          en\n        }\n      }\n      figures {\n        ...OverviewFigures\n      }\n      children {\n        rank\n        previousRank\n        rankChange\n        unit {\n          id\n          code\n          name\n          kind\n          active\n        }\n        figures {\n          assessed\n          expected\n          completion\n          mean\n          meanChange\n        }\n      }\n      # branchId, not id: Apollo would otherwise normalise each branch as one cache object shared by\n      # every quarter's scoreboard, and a branch's totals of one quarter would overwrite another's.\n      branches {\n        branchId: id\n        code\n        name\n        sector\n        status\n        total\n        totalChange\n        rank\n        previousRank\n        rankChange\n        gradeCode\n        pathPercents\n        childId\n        parentId\n        onTime\n        veto\n        memberCount\n        percentile\n        active\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverviewTrend($unitId: ID!, $fromPeriod: String!, $toPeriod: String!) {\n    trend(unitId: $unitId, fromPeriod: $fromPeriod, toPeriod: $toPeriod) {\n      period\n      mean\n      median\n      completion\n      assessed\n      expected\n      pathMeans {\n        code\n        mean\n      }\n    }\n  }\n"): (typeof documents)["\n  query OverviewTrend($unitId: ID!, $fromPeriod: String!, $toPeriod: String!) {\n    trend(unitId: $unitId, fromPeriod: $fromPeriod, toPeriod: $toPeriod) {\n      period\n      mean\n      median\n      completion\n      assessed\n      expected\n      pathMeans {\n        code\n        mean\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;