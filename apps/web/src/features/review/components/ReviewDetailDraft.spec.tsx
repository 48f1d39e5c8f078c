/**
 * @jest-environment jsdom
 */
import { MockedProvider, type MockedResponse } from '@apollo/client/testing';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from 'antd';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { sessionStore } from '../../auth';
import { initI18n } from '../../../test-support/i18n';
import {
  ASSESSMENT,
  FRAMEWORK_DEFINITION,
} from '../../../shared/assessment-form/graphql/assessment.operations';
import {
  assessmentFixture,
  type AssessmentFixture,
} from '../../../shared/assessment-form/testing/assessment-fixture';
import {
  RECTIFICATION_PROPOSALS,
  RECTIFICATIONS,
} from '../../rectification/graphql/rectification.operations';
import { REVIEW_ASSESSMENT } from '../graphql/review.operations';
import { evidenceMock, framework, submitted } from '../testing/workspace-harness';
import { ReviewDetail } from './ReviewDetail';

// The 整改事项 a reviewer confirmed before deciding live in the screen (the panel beside the
// workspace) and in the review's local draft: a reload brings them back, and only onto the
// assessment and version they were confirmed for, until the decision is sent.

const i18n = initI18n(window.localStorage);

const DRAFT_KEY = 'pathboard.reviewDraft.u9.a1';
const proposal = '三会一课得分 6（满分 25），低于 60%';
const many = { maxUsageCount: 20 };

/** What the screen loads for one branch's assessment: the assessment, its framework, its items. */
function detailMocks(assessment: AssessmentFixture): MockedResponse[] {
  const { branchId, periodCode, id, frameworkId } = assessment;
  const definition = { __typename: 'Framework', id: frameworkId, code: framework.code, version: 1 };
  return [
    {
      request: { query: ASSESSMENT, variables: { branchId, period: periodCode } },
      result: { data: { assessment } },
      ...many,
    },
    {
      request: { query: FRAMEWORK_DEFINITION, variables: { id: frameworkId } },
      result: { data: { framework: { ...definition, definition: framework } } },
      ...many,
    },
    {
      request: { query: RECTIFICATIONS, variables: { filter: { branchId, periodCode } } },
      result: { data: { rectifications: [] } },
      ...many,
    },
    {
      request: { query: RECTIFICATION_PROPOSALS, variables: { assessmentId: id } },
      result: {
        data: {
          rectificationProposals: [
            {
              __typename: 'RectificationProposal',
              indicatorCode: 'ORG_MEETINGS',
              pathCode: 'ORGANIZATION',
              reason: 'LOW_SCORE',
              points: 6,
              maxPoints: 25,
              problem: { __typename: 'LocalizedText', zh: proposal, en: 'x' },
            },
          ],
        },
      },
      ...many,
    },
  ];
}

/** The whole review screen at /review/<branch>?period=2026Q4 (a reload is an unmount and this again). */
function renderDetail(mocks: MockedResponse[], branchId = 'b1') {
  const router = createMemoryRouter(
    [
      { path: '/review/:branchId', element: <ReviewDetail /> },
      { path: '/review', element: <p>审核列表</p> },
    ],
    { initialEntries: [`/review/${branchId}?period=2026Q4`] },
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

/** The screen has loaded: the workspace's values and the panel's proposals are shown. */
async function loaded() {
  await screen.findByRole('spinbutton', { name: '主题党日' }, { timeout: 10_000 });
  await screen.findByText(/随本次审核下发的整改事项/, {}, { timeout: 10_000 });
}

/** Another branch's assessment under review in the same quarter. */
const other = assessmentFixture({
  ...submitted,
  id: 'a2',
  branchId: 'b2',
  branch: {
    id: 'b2',
    code: 'SFQ-DC-002',
    name: '和平社区党支部',
    sector: 'COMMUNITY',
    memberCount: 25,
  },
});

const pendingTitle = (count: number) => `随本次审核下发的整改事项（${count}项）`;

async function confirmProposal(requiredAction: string) {
  fireEvent.click(await screen.findByRole('button', { name: '确认建议' }, { timeout: 10_000 }));
  fireEvent.change(await screen.findByLabelText('整改要求'), { target: { value: requiredAction } });
  fireEvent.click(screen.getByRole('button', { name: /OK|确\s*定/ }));
  expect(await screen.findByText(pendingTitle(1))).toBeTruthy();
}

const storedDraft = () => JSON.parse(window.localStorage.getItem(DRAFT_KEY) ?? 'null');

describe('ReviewDetail: confirmed rectification items in the local draft', () => {
  beforeEach(async () => {
    window.localStorage.clear();
    sessionStore.start({
      token: 't',
      expiresAt: '2999-01-01T00:00:00.000Z',
      user: {
        id: 'u9',
        username: 'dc',
        displayName: '审核员',
        role: 'REVIEWER',
        scopeUnit: { id: 's1', name: '东城街道' },
      },
    });
    await act(async () => {
      await i18n.changeLanguage('zh-CN');
    });
  });
  afterEach(() => sessionStore.end('logout'));

  it('brings the confirmed items back after a reload, sends them as confirmed, and keeps nothing once sent', async () => {
    const first = renderDetail(detailMocks(submitted));
    await loaded();
    await confirmProposal('每月按时召开支委会');
    const [item] = storedDraft().notes.rectifications;
    expect(item).toMatchObject({
      indicatorCode: 'ORG_MEETINGS',
      problem: proposal,
      requiredAction: '每月按时召开支委会',
    });
    expect(Number.isNaN(Date.parse(item.deadline))).toBe(false);

    first.unmount(); // a reload: only the device's copy is left
    const approved = assessmentFixture({ ...submitted, status: 'APPROVED', version: 5 });
    renderDetail([
      ...detailMocks(submitted),
      {
        // The exact item, due date included: a reload changed nothing the branch will get.
        request: {
          query: REVIEW_ASSESSMENT,
          variables: {
            assessmentId: 'a1',
            expectedVersion: 4,
            decision: 'APPROVE',
            reviewedValues: [],
            comment: null,
            rectifications: [item],
          },
        },
        result: { data: { reviewAssessment: approved } },
      },
    ]);
    await loaded();
    expect(await screen.findByText(pendingTitle(1))).toBeTruthy();
    const pending = within(screen.getByTestId('pending-rectifications'));
    expect(pending.getByText(proposal)).toBeTruthy();
    // Confirmed stays confirmed: the proposal is not offered a second time.
    expect(screen.queryByRole('button', { name: '确认建议' })).toBeNull();
    expect(screen.getByText(/在本机做的审核调整和 1 项待下发的整改事项/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: /审核通过/ }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('确认的 1 项整改事项将一并下发给支部。')).toBeTruthy();
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: /审核通过/ }));
    });
    expect(await screen.findByText('审核列表', {}, { timeout: 10_000 })).toBeTruthy();
    expect(window.localStorage.getItem(DRAFT_KEY)).toBeNull();
  }, 90_000);

  it('drops the items with the rest of the draft when the restored work is discarded', async () => {
    const first = renderDetail(detailMocks(submitted));
    await loaded();
    await confirmProposal('每月按时召开支委会');
    first.unmount();
    renderDetail(detailMocks(submitted));
    await loaded();
    expect(await screen.findByText(pendingTitle(1))).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /放弃这些内容/ }));
    expect(await screen.findByText(pendingTitle(0))).toBeTruthy();
    await waitFor(() => expect(window.localStorage.getItem(DRAFT_KEY)).toBeNull());
  }, 90_000);

  it('applies no items confirmed on an older submission or for another assessment', async () => {
    const first = renderDetail(detailMocks(submitted));
    await loaded();
    await confirmProposal('每月按时召开支委会');
    first.unmount();

    // Another branch's assessment: its own draft key, nothing of a1's.
    const second = renderDetail(detailMocks(other), 'b2');
    await loaded();
    expect(screen.getByText(pendingTitle(0))).toBeTruthy();
    expect(screen.queryByText(/在本机做的审核调整/)).toBeNull();
    expect(window.localStorage.getItem('pathboard.reviewDraft.u9.a2')).toBeNull();
    expect(storedDraft()).not.toBeNull(); // a1's draft waits for a1
    second.unmount();

    // a1 returned and resubmitted since: the items were confirmed against a submission that is gone.
    renderDetail(detailMocks(assessmentFixture({ ...submitted, version: 7 })));
    await loaded();
    expect(screen.getByText(pendingTitle(0))).toBeTruthy();
    expect(screen.getByRole('button', { name: '确认建议' })).toBeTruthy();
    expect(screen.queryByText(/在本机做的审核调整/)).toBeNull();
    await waitFor(() => expect(window.localStorage.getItem(DRAFT_KEY)).toBeNull());
  }, 90_000);

  it('does not carry the items to the next branch opened on the same screen', async () => {
    const { router } = renderDetail([...detailMocks(submitted), ...detailMocks(other)]);
    await loaded();
    await confirmProposal('每月按时召开支委会');
    await act(async () => {
      await router.navigate('/review/b2?period=2026Q4');
    });
    fireEvent.click(await screen.findByRole('button', { name: '离 开' }));
    expect(await screen.findByText(/审核：和平社区党支部/, {}, { timeout: 10_000 })).toBeTruthy();
    await loaded();
    expect(screen.getByText(pendingTitle(0))).toBeTruthy();
    expect(window.localStorage.getItem('pathboard.reviewDraft.u9.a2')).toBeNull();
  }, 90_000);

  it('ignores a malformed stored value: no crash, no items, the rest of a readable draft still restored', async () => {
    window.localStorage.setItem(DRAFT_KEY, '{');
    const first = renderDetail(detailMocks(submitted));
    await loaded();
    expect(screen.getByText(pendingTitle(0))).toBeTruthy();
    await confirmProposal('每月按时召开支委会');
    first.unmount();

    // A draft whose items are not a list this screen wrote (an older app, a hand edit), beside a
    // return comment that is fine.
    const draft = storedDraft();
    const notes = {
      ...draft.notes,
      comment: '请补充会议记录',
      rectifications: [{ indicatorCode: 'ORG_MEETINGS' }],
    };
    window.localStorage.setItem(DRAFT_KEY, JSON.stringify({ ...draft, notes }));
    renderDetail(detailMocks(submitted));
    await loaded();
    expect(screen.getByText(pendingTitle(0))).toBeTruthy();
    expect(screen.getByRole('button', { name: '确认建议' })).toBeTruthy();
    expect(screen.getByText(/在本机做的审核调整（尚未提交）/)).toBeTruthy();
    await waitFor(() =>
      expect(storedDraft().notes).toMatchObject({ comment: '请补充会议记录', rectifications: [] }),
    );
  }, 90_000);
});
