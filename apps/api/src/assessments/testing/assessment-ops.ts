/** GraphQL documents and value sets shared by the assessment integration suites. */
export const ASSESSMENT_FIELDS = `
  id branchId periodId periodCode periodStatus frameworkId status version submittedAt onTime deadline updatedAt
  branch { id code name sector memberCount }
  values { indicatorCode selfValue reviewedValue reviewReason evidence }
  selfScore { kind total gradeCode veto completeness answered applicable missing
    paths { code points percent basePoints bonusPoints deductionPoints indicators { code rule points rawPoints maxPoints missing reason { zh en } } } }
  officialScore { kind total gradeCode veto completeness paths { code points percent } }
  gap
  history { fromStatus toStatus actorId comment at }`;

export const OPEN_PERIOD = `mutation ($code: String!, $frameworkId: ID!, $deadline: DateTime!) {
  openPeriod(code: $code, frameworkId: $frameworkId, deadline: $deadline) { id code year quarter status deadline } }`;
export const CHANGE_DEADLINE = `mutation ($id: ID!, $d: DateTime!, $r: String!) { changePeriodDeadline(periodId: $id, deadline: $d, reason: $r) { id deadline status } }`;
// force: the suites close quarters early on purpose (before the deadline, or with submissions not
// reviewed), which closePeriod otherwise refuses (periods/period-lifecycle.int-spec.ts tests that).
export const CLOSE_PERIOD = `mutation ($id: ID!) { closePeriod(periodId: $id, force: true) { id status closedAt } }`;
export const IMPORT_FRAMEWORK = `mutation ($d: JSON!) { importFramework(definition: $d) { id code version locked paths { code indicators { code type maxPoints sectors } } } }`;
export const GET_ASSESSMENT = `query ($branchId: ID!, $period: String!) { assessment(branchId: $branchId, period: $period) { ${ASSESSMENT_FIELDS} } }`;
export const LIST_ASSESSMENTS = `query ($period: String!, $status: AssessmentStatus) { assessments(period: $period, status: $status) { id status branch { code name } officialScore { total } } }`;
export const SAVE = `mutation ($id: ID!, $v: Int!, $values: [IndicatorValueInput!]!) {
  saveIndicatorValues(assessmentId: $id, expectedVersion: $v, values: $values) { ${ASSESSMENT_FIELDS} } }`;
export const SUBMIT = `mutation ($id: ID!, $v: Int!) { submitAssessment(assessmentId: $id, expectedVersion: $v) { ${ASSESSMENT_FIELDS} } }`;
export const REVIEW = `mutation ($id: ID!, $v: Int!, $d: ReviewDecision!, $rv: [ReviewedValueInput!], $c: String) {
  reviewAssessment(assessmentId: $id, expectedVersion: $v, decision: $d, reviewedValues: $rv, comment: $c) { ${ASSESSMENT_FIELDS} } }`;
export const REOPEN = `mutation ($id: ID!, $v: Int!, $r: String!) { reopenAssessment(assessmentId: $id, expectedVersion: $v, reason: $r) { ${ASSESSMENT_FIELDS} } }`;

/** The sample community branch of libs/frameworks (docs/domain.md worked example: 11 of 12 meetings, 2 theme days). */
export const COMMUNITY_VALUES: Record<string, unknown> = {
  ORG_MEETINGS: { numerator: 11, denominator: 12 },
  ORG_THEME_DAYS: 2,
  ORG_LIFE_MEETINGS: true,
  ORG_RESPONSIBILITY_LIST: ['LIST_ESTABLISHED', 'ASSIGNED_TO_PERSONS'],
  ORG_WORK_PLAN: 'FAIR',
  ORG_INFO_PLATFORM: true,
  ORG_JOINT_BUILDING: 1,
  ORG_INNOVATION_BONUS: 1,
  SUP_DEMOCRATIC_LIFE: true,
  SUP_APPRAISAL_PARTICIPATION: 0.86,
  SUP_PETITIONS_RESOLVED: { numerator: 18, denominator: 20 },
  SUP_SATISFACTION: 0.91,
  SUP_RECTIFICATION: { numerator: 7, denominator: 8 },
  SUP_AFFAIRS_DISCLOSURE: 3,
  INT_WARNING_EDUCATION: 2,
  INT_RISK_POINTS: ['SCREENING', 'CONTROL_MEASURES', 'LEDGER'],
  INT_EIGHT_RULES_SELF_CHECK: true,
  INT_INTEGRITY_PLEDGE: { numerator: 45, denominator: 46 },
  INT_FOUR_WINDS_VIOLATIONS: 1,
  INT_SERIOUS_VIOLATION_VETO: false,
  TRN_ROTATION_COVERAGE: { numerator: 40, denominator: 46 },
  TRN_STUDY_HOURS: 7.5,
  TRN_XUEXI_ACTIVE: 0.74,
  TRN_AFFAIRS_STAFF_TRAINING: { numerator: 3, denominator: 3 },
  TRN_SUCCESSORS: 1,
  TRN_CADRE_EVALUATION: 'GOOD',
  TRN_VOLUNTEER_HOURS: 4.5,
  TRN_RED_EDUCATION_BONUS: 2,
};

export function asInputs(values: Record<string, unknown>, evidence?: string) {
  return Object.entries(values).map(([indicatorCode, value]) => ({
    indicatorCode,
    value,
    evidence: evidence ?? null,
  }));
}
