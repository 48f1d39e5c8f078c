import { graphql } from '../../../generated';

/** Which quarters the branch has scores in, with its path percents (a branch's trend is its own figures). */
export const BRANCH_TREND = graphql(`
  query BranchTrend($branchId: ID!, $from: String!, $to: String!) {
    trend(unitId: $branchId, fromPeriod: $from, toPeriod: $to) {
      period
      mean
      pathMeans {
        code
        mean
      }
    }
  }
`);

/**
 * One quarter of the branch: both scores with every indicator's points and reason, and its
 * standing among peers (ranks and medians only: the API never names peers). The same-parent
 * group also brings each path's median percent, for the radar against the peers' median.
 */
export const BRANCH_QUARTER = graphql(`
  query BranchQuarter($branchId: ID!, $period: String!) {
    assessment(branchId: $branchId, period: $period) {
      id
      status
      periodCode
      frameworkId
      gap
      branch {
        id
        code
        name
        sector
        memberCount
      }
      selfScore {
        ...ScoreDetailFields
      }
      officialScore {
        ...ScoreDetailFields
      }
    }
    peerStanding(branchId: $branchId, period: $period) {
      total
      sector
      sameParent {
        ...PeerGroupFields
        pathMedians {
          code
          median
        }
      }
      sameSector {
        ...PeerGroupFields
      }
    }
  }
`);

export const PEER_GROUP_FIELDS = graphql(`
  fragment PeerGroupFields on PeerGroupStanding {
    rank
    peerCount
    percentile
    median
  }
`);

export const SCORE_DETAIL_FIELDS = graphql(`
  fragment ScoreDetailFields on AssessmentScore {
    total
    veto
    completeness
    answered
    applicable
    grade {
      code
      name {
        zh
        en
      }
    }
    uncappedGrade {
      code
      name {
        zh
        en
      }
    }
    paths {
      code
      name {
        zh
        en
      }
      weight
      percent
      points
      maxPoints
      indicators {
        code
        name {
          zh
          en
        }
        rule
        points
        maxPoints
        applicable
        missing
        vetoTriggered
        reason {
          zh
          en
        }
      }
    }
  }
`);

/**
 * Only the status of a quarter's assessment, for the "still to do" notice. Scalars only: the same
 * Assessment may be on screen through BRANCH_QUARTER, and two different selections of its
 * (unnormalized) scores would keep replacing each other in the cache.
 */
export const ASSESSMENT_STATUS = graphql(`
  query AssessmentStatus($branchId: ID!, $period: String!) {
    assessment(branchId: $branchId, period: $period) {
      id
      status
      periodStatus
      deadline
    }
  }
`);

/** The grades of the quarter's framework, for the trend chart's grade lines. */
export const FRAMEWORK_GRADES = graphql(`
  query FrameworkGrades($id: ID!) {
    framework(id: $id) {
      id
      grades {
        code
        min
        name {
          zh
          en
        }
      }
    }
  }
`);
