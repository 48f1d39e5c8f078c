import { MockedProvider, type MockedResponse } from '@apollo/client/testing';
import { defaultFramework } from '@pathboard/frameworks';
import type { Framework } from '@pathboard/scoring';
import { render } from '@testing-library/react';
import { App } from 'antd';
import { createMemoryRouter, Link, RouterProvider, useParams, useSearchParams } from 'react-router-dom';
import { useAssessment } from '../../../shared/assessment-form/hooks/useAssessment';
import {
  assessmentFixture,
  type AssessmentFixture,
  smallFramework,
} from '../../../shared/assessment-form/testing/assessment-fixture';
import { ASSESSMENT_EVIDENCE } from '../../evidence';
import { ReviewWorkspace } from '../components/ReviewWorkspace';

// Shared by the workspace's specs: the review of 安居社区党支部's 2026Q4, in a data router (the
// leave guard needs one) with a link out of the page as the screen's "返回审核列表" has.

// jsdom has no Fetch API, and a data router builds a Request for every navigation (the decision's
// way back to the list, a confirmed leave). These routes have no loaders or actions, so the router
// only reads the request's url, method and signal: this stand-in is enough, and only for this spec.
if (typeof globalThis.Request === 'undefined') {
  class NavigationRequest {
    readonly url: string;
    readonly method: string;
    readonly signal: AbortSignal | undefined;
    constructor(url: string | URL, init: { method?: string; signal?: AbortSignal } = {}) {
      this.url = String(url);
      this.method = init.method ?? 'GET';
      this.signal = init.signal;
    }
  }
  Object.assign(globalThis, { Request: NavigationRequest });
}

export const framework = smallFramework(defaultFramework as Framework);

export const submitted = assessmentFixture({
  status: 'SUBMITTED',
  values: [
    { indicatorCode: 'ORG_MEETINGS', selfValue: { numerator: 12, denominator: 12 }, evidence: '会议记录' },
    { indicatorCode: 'ORG_THEME_DAYS', selfValue: 3 },
  ],
});

/** The branch's files, as Assessment.evidence answers a reviewer (flags included). */
export const evidenceMock: MockedResponse = {
  request: { query: ASSESSMENT_EVIDENCE, variables: { branchId: 'b1', period: '2026Q4' } },
  result: {
    data: {
      assessment: {
        __typename: 'Assessment',
        id: 'a1',
        evidence: [
          {
            __typename: 'EvidenceFile',
            id: 'f1',
            indicatorCode: 'ORG_MEETINGS',
            name: '支委会会议记录.pdf',
            mimeType: 'application/pdf',
            kind: 'PDF',
            sizeBytes: 4096,
            uploadedAt: '2026-11-20T02:00:00.000Z',
            url: '/api/evidence/f1',
            thumbnailUrl: null,
            previewUrl: null,
            flags: [
              {
                __typename: 'EvidenceFlag',
                code: 'SAME_FILE_OTHER_BRANCH',
                message: { __typename: 'LocalizedText', zh: '另外 1 个支部上传了完全相同的文件。', en: 'x' },
              },
            ],
          },
        ],
      },
    },
  },
  maxUsageCount: 10,
};

/** Loads the assessment like ReviewDetail does, so a refetch reaches the workspace through the cache. */
function LoadedWorkspace() {
  const { branchId } = useParams();
  const [params] = useSearchParams();
  const { assessment } = useAssessment(branchId, params.get('period'));
  return assessment ? <ReviewWorkspace assessment={assessment} framework={framework} /> : null;
}

/**
 * The workspace at /review/b1?period=2026Q4. With `assessment` it gets that one as a prop; without,
 * it loads it through ASSESSMENT (the mocks must answer that first).
 */
export function renderWorkspace(mocks: MockedResponse[], assessment: AssessmentFixture | null = submitted) {
  const router = createMemoryRouter(
    [
      {
        path: '/review/:branchId',
        element: (
          <>
            <Link to="/review?period=2026Q4">返回审核列表</Link>
            {assessment ? (
              <ReviewWorkspace assessment={assessment} framework={framework} />
            ) : (
              <LoadedWorkspace />
            )}
          </>
        ),
      },
      { path: '/review', element: <p>审核列表</p> },
    ],
    { initialEntries: ['/review/b1?period=2026Q4'] },
  );
  const view = render(
    <MockedProvider mocks={[evidenceMock, ...mocks]}>
      <App>
        <RouterProvider router={router} />
      </App>
    </MockedProvider>,
  );
  return { ...view, router };
}
