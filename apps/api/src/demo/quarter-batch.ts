import type { Framework, IndicatorInput, IndicatorValuePair } from '@pathboard/scoring';
import type { AssessmentStatus } from '../assessments/entities/assessment.entity';
import { qualityAt, type BranchProfile } from './district-plan';
import type { Prng } from './prng';
import type { QuarterInfo } from './quarters';
import { generateReview, generateValues } from './value-generator';

export interface SeedActors {
  /** Approvals and returns in this street are made by this user (else by `admin`). */
  reviewerByStreet: Map<string, string>;
  admin: string | null;
  /** branch unit id → its BRANCH user, who then appears as the submitter. */
  branchUsers: Map<string, string>;
}

export interface AssessmentPlan {
  id: string;
  profile: BranchProfile;
  status: AssessmentStatus;
  version: number;
  submittedAt: Date | null;
  onTime: boolean | null;
  firstSubmittedAt: Date | null;
  updatedAt: Date;
  pairs: Record<string, IndicatorValuePair>;
  evidence: Record<string, string>;
  history: {
    from: AssessmentStatus | null;
    to: AssessmentStatus;
    actor: string | null;
    comment: string | null;
    at: Date;
  }[];
}

const DAY = 86400_000;
const RETURN_COMMENTS = [
  '请补充三会一课会议记录等佐证材料',
  '主题党日活动照片与签到表缺失，请补充后重新提交',
  '廉洁承诺签订率与台账人数不一致，请核实',
  '学习时长统计口径有误，请按季度重新统计',
];
const EVIDENCE = ['会议记录', '签到表', '活动照片', '工作台账', '学习强国截图', '整改报告'];

/**
 * One branch's assessment of one quarter: values, reviewer adjustments, status and a believable
 * history (opened → submitted, sometimes returned and resubmitted → approved).
 */
export function planAssessment(args: {
  rng: Prng;
  id: string;
  framework: Framework;
  profile: BranchProfile;
  quarter: QuarterInfo;
  quarterIndex: number;
  status: AssessmentStatus;
  now: Date;
  actors: SeedActors;
}): AssessmentPlan {
  const { rng, framework, profile, quarter, quarterIndex, status, now, actors } = args;
  const isCurrent = now.getTime() < quarter.deadline.getTime();
  const sector = profile.unit.sector ?? 'COMMUNITY';
  const b = {
    sector,
    memberCount: profile.unit.memberCount,
    quality: qualityAt(profile, quarterIndex),
    violations: profile.violations.get(quarterIndex) ?? 0,
    veto: profile.vetoQuarter === quarterIndex,
    missingRate: status === 'DRAFT' ? 0.45 : 0.03,
  };
  const emptyDraft = status === 'DRAFT' && rng.chance(0.3);
  const self: Record<string, IndicatorInput> = emptyDraft ? {} : generateValues(framework, b, rng);
  const reviewed: Record<string, IndicatorInput> =
    status === 'APPROVED' && rng.chance(0.3) ? generateReview(framework, b, self, rng, rng.int(1, 3)) : {};
  const pairs: Record<string, IndicatorValuePair> = {};
  const evidence: Record<string, string> = {};
  for (const code of Object.keys(self)) {
    pairs[code] = code in reviewed ? { self: self[code], reviewed: reviewed[code] } : { self: self[code] };
    if (rng.chance(0.3)) evidence[code] = `${quarter.code} ${rng.pick(EVIDENCE)}`;
  }

  const submitter = actors.branchUsers.get(profile.unit.id) ?? null;
  const reviewer = actors.reviewerByStreet.get(profile.streetCode) ?? actors.admin;
  const history: AssessmentPlan['history'] = [
    { from: null, to: 'DRAFT', actor: actors.admin, comment: 'period opened', at: quarter.start },
  ];
  let submittedAt: Date | null = null;
  let onTime: boolean | null = null;
  let firstSubmittedAt: Date | null = null;
  let at = quarter.start;
  const step = (to: AssessmentStatus, actor: string | null, comment: string | null, days: number) => {
    at = new Date(Math.min(now.getTime() - 60_000, at.getTime() + days * DAY));
    history.push({ from: history[history.length - 1].to, to, actor, comment, at });
  };
  if (status !== 'DRAFT') {
    // Earlier quarters: most reports just before the deadline, about one in ten late.
    const late = !isCurrent && rng.chance(0.1);
    const firstSubmit = isCurrent
      ? new Date(now.getTime() - rng.int(3, 40) * DAY)
      : new Date(quarter.deadline.getTime() + (late ? rng.int(1, 6) : -rng.int(1, 20)) * DAY);
    at = new Date(Math.max(quarter.start.getTime() + DAY, firstSubmit.getTime()));
    history.push({ from: 'DRAFT', to: 'SUBMITTED', actor: submitter, comment: null, at });
    submittedAt = at;
    firstSubmittedAt = at;
    onTime = at.getTime() <= quarter.deadline.getTime();
    const returnedOnce =
      status === 'RETURNED' || ((status === 'APPROVED' || status === 'SUBMITTED') && rng.chance(0.12));
    if (returnedOnce) {
      step('RETURNED', reviewer, rng.pick(RETURN_COMMENTS), rng.int(1, 3));
      if (status !== 'RETURNED') {
        step('SUBMITTED', submitter, null, rng.int(1, 3));
        submittedAt = at;
      }
    }
    if (status === 'APPROVED')
      step('APPROVED', reviewer, rng.chance(0.5) ? '材料齐全，同意' : null, rng.int(1, 6));
  }
  const transitions = history.length - 1;
  return {
    id: args.id,
    profile,
    status,
    version: 1 + transitions + (Object.keys(self).length ? 1 : 0),
    submittedAt,
    firstSubmittedAt,
    onTime,
    updatedAt: at,
    pairs,
    evidence,
    history,
  };
}
