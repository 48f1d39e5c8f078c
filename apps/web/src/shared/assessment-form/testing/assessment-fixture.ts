import type { Framework } from '@pathboard/scoring';
import type { AssessmentFieldsFragment } from '../../../generated/graphql';

type Value = {
  indicatorCode: string;
  selfValue?: unknown;
  reviewedValue?: unknown;
  reviewReason?: string | null;
  evidence?: string | null;
};

/**
 * An Assessment as the API returns it through AssessmentFields, with the __typename fields
 * Apollo's cache needs to match fragments (MockedProvider results are written to a real cache).
 */
type Change = AssessmentFieldsFragment['history'][number];
type HistoryEntry = Omit<Change, 'evidenceRequested'> & { evidenceRequested?: string[] };

export function assessmentFixture(
  patch: Partial<Omit<AssessmentFieldsFragment, 'values' | 'history'>> & {
    values?: Value[];
    history?: HistoryEntry[];
  } = {},
) {
  const { values = [], history, ...rest } = patch;
  return {
    __typename: 'Assessment' as const,
    id: 'a1',
    branchId: 'b1',
    periodCode: '2026Q4',
    periodStatus: 'OPEN' as const,
    status: 'DRAFT' as const,
    version: 4,
    frameworkId: 'f1',
    deadline: '2027-01-10T16:00:00.000Z',
    submittedAt: null,
    onTime: null,
    updatedAt: '2026-11-20T02:00:00.000Z',
    gap: null,
    branch: {
      __typename: 'AssessmentBranch' as const,
      id: 'b1',
      code: 'SFQ-DC-001',
      name: '安居社区党支部',
      sector: 'COMMUNITY',
      memberCount: 30,
    },
    history: (
      history ?? [
        {
          fromStatus: null,
          toStatus: 'DRAFT' as const,
          at: '2026-09-30T16:00:00.000Z',
          actorName: '区委组织部管理员',
          comment: 'period opened',
        },
      ]
    ).map((h: HistoryEntry) => ({
      __typename: 'AssessmentStatusChange' as const,
      evidenceRequested: [] as string[],
      ...h,
    })),
    selfScore: null,
    officialScore: null,
    ...rest,
    values: values.map((v) => ({
      __typename: 'IndicatorValue' as const,
      selfValue: null,
      reviewedValue: null,
      reviewReason: null,
      evidence: null,
      ...v,
    })),
  };
}

export type AssessmentFixture = ReturnType<typeof assessmentFixture>;

/**
 * Three indicators of the default framework in two paths: enough for the form's behaviour, and
 * small enough that antd in jsdom renders it in well under a second on a 2-core runner.
 */
export function smallFramework(framework: Framework): Framework {
  const pick = (code: string) => framework.paths.flatMap((p) => p.indicators).find((i) => i.code === code)!;
  return {
    ...framework,
    paths: [
      {
        code: 'ORGANIZATION',
        name: framework.paths[0].name,
        weight: 60,
        maxPoints: 40,
        indicators: [pick('ORG_MEETINGS'), pick('ORG_THEME_DAYS')],
      },
      {
        code: 'SUPERVISION',
        name: framework.paths[1].name,
        weight: 40,
        maxPoints: 10,
        indicators: [pick('SUP_AFFAIRS_DISCLOSURE')],
      },
    ],
  };
}
