/**
 * @jest-environment jsdom
 */
import { MockedProvider, type MockedResponse } from '@apollo/client/testing';
import { defaultFramework } from '@pathboard/frameworks';
import type { Framework } from '@pathboard/scoring';
import { TEXT_LIMITS } from '@pathboard/text-limits';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { App } from 'antd';
import { GraphQLError } from 'graphql';
import { createMemoryRouter, Link, RouterProvider } from 'react-router-dom';
import { sessionStore } from '../../auth/session/session-instance';
import { initI18n } from '../../../test-support/i18n';
import {
  ASSESSMENT,
  SAVE_INDICATOR_VALUES,
} from '../../../shared/assessment-form/graphql/assessment.operations';
import {
  assessmentFixture,
  type AssessmentFixture,
  smallFramework,
} from '../../../shared/assessment-form/testing/assessment-fixture';
import { OPEN_RECTIFICATIONS } from '../../rectification/graphql/rectification.operations';
import { ASSESSMENT_EVIDENCE } from '../../evidence';
import { SelfAssessmentForm } from './SelfAssessmentForm';

const i18n = initI18n(window.localStorage);
const framework = smallFramework(defaultFramework as Framework);

/** A data router (the leave guard needs one), with a link out of the form as the side menu has. */
/** The form reads the files apart from the values: none here. */
const noEvidence: MockedResponse = {
  request: { query: ASSESSMENT_EVIDENCE, variables: { branchId: 'b1', period: '2026Q4' } },
  result: { data: { assessment: { __typename: 'Assessment', id: 'a1', evidence: [] } } },
  maxUsageCount: 10,
};

function renderForm(assessment: AssessmentFixture, mocks: MockedResponse[] = []) {
  const router = createMemoryRouter(
    [
      {
        path: '/self-assessment',
        element: (
          <>
            <Link to="/my-branch">我的支部</Link>
            <SelfAssessmentForm assessment={assessment} framework={framework} />
          </>
        ),
      },
      { path: '/my-branch', element: <p>支部首页</p> },
    ],
    { initialEntries: ['/self-assessment'] },
  );
  // The form also asks for the branch's open rectification items (none unless a test says so).
  const noOpenItems: MockedResponse = {
    request: { query: OPEN_RECTIFICATIONS, variables: { filter: { branchId: 'b1' } } },
    result: { data: { rectifications: [] } },
    maxUsageCount: 100,
  };
  const view = render(
    <MockedProvider mocks={[noEvidence, ...mocks, noOpenItems]}>
      <App>
        <RouterProvider router={router} />
      </App>
    </MockedProvider>,
  );
  return { ...view, router };
}

const themeDays = () => screen.getByRole('spinbutton', { name: '主题党日' }) as HTMLInputElement;
const saveButton = () => screen.getByRole('button', { name: /保\s*存/ });
const saveMock = (
  expectedVersion: number,
  values: unknown[],
  result: MockedResponse['result'],
): MockedResponse => ({
  request: { query: SAVE_INDICATOR_VALUES, variables: { assessmentId: 'a1', expectedVersion, values } },
  result,
});

describe('SelfAssessmentForm', () => {
  beforeEach(async () => {
    window.localStorage.clear();
    await act(async () => {
      await i18n.changeLanguage('zh-CN');
    });
  });

  it('on CONFLICT keeps what was typed, shows theirs against yours, and saves again on the new version', async () => {
    const loaded = assessmentFixture({
      version: 4,
      values: [{ indicatorCode: 'ORG_THEME_DAYS', selfValue: 2 }],
    });
    const theirs = assessmentFixture({
      version: 5,
      values: [
        { indicatorCode: 'ORG_THEME_DAYS', selfValue: 3 },
        { indicatorCode: 'SUP_AFFAIRS_DISCLOSURE', selfValue: 3 },
      ],
    });
    const savedMine = assessmentFixture({
      version: 6,
      values: [
        { indicatorCode: 'ORG_THEME_DAYS', selfValue: 1 },
        { indicatorCode: 'SUP_AFFAIRS_DISCLOSURE', selfValue: 3 },
      ],
    });
    renderForm(loaded, [
      saveMock(4, [{ indicatorCode: 'ORG_THEME_DAYS', value: 1 }], {
        errors: [
          new GraphQLError('changed by someone else', {
            extensions: { code: 'CONFLICT', currentVersion: 5 },
          }),
        ],
      }),
      {
        request: { query: ASSESSMENT, variables: { branchId: 'b1', period: '2026Q4' } },
        result: { data: { assessment: theirs } },
      },
      saveMock(5, [{ indicatorCode: 'ORG_THEME_DAYS', value: 1 }], {
        data: { saveIndicatorValues: savedMine },
      }),
    ]);

    fireEvent.change(themeDays(), { target: { value: '1' } });
    expect(screen.getByText('1 项修改未保存')).toBeTruthy();
    await act(async () => {
      fireEvent.click(saveButton());
    });

    expect(await screen.findByText('保存前，别人已修改过这份自评')).toBeTruthy();
    expect(screen.getByText('服务器上的值：3')).toBeTruthy();
    expect(screen.getByText('您填写的值：1')).toBeTruthy();
    expect(screen.getByText('以下指标只有对方修改过，已更新为服务器上的值：党务公开')).toBeTruthy();
    expect(themeDays().value).toBe('1'); // nothing typed is lost
    expect((screen.getByRole('spinbutton', { name: '党务公开' }) as HTMLInputElement).value).toBe('3'); // their untouched change is in

    await act(async () => {
      fireEvent.click(saveButton());
    });
    expect(await screen.findByText('所有修改均已保存')).toBeTruthy();
    expect(screen.queryByText('保存前，别人已修改过这份自评')).toBeNull();
  }, 90_000); // antd in jsdom is slow on a busy 2-core runner

  it('lets the person take the server’s value for a contested indicator', async () => {
    const loaded = assessmentFixture({
      version: 4,
      values: [{ indicatorCode: 'ORG_THEME_DAYS', selfValue: 2 }],
    });
    const theirs = assessmentFixture({
      version: 5,
      values: [{ indicatorCode: 'ORG_THEME_DAYS', selfValue: 3 }],
    });
    renderForm(loaded, [
      saveMock(4, [{ indicatorCode: 'ORG_THEME_DAYS', value: 1 }], {
        errors: [new GraphQLError('conflict', { extensions: { code: 'CONFLICT' } })],
      }),
      {
        request: { query: ASSESSMENT, variables: { branchId: 'b1', period: '2026Q4' } },
        result: { data: { assessment: theirs } },
      },
    ]);
    fireEvent.change(themeDays(), { target: { value: '1' } });
    await act(async () => {
      fireEvent.click(saveButton());
    });
    fireEvent.click(await screen.findByRole('button', { name: '改用服务器上的值' }));
    expect(themeDays().value).toBe('3');
    expect(screen.getByText('所有修改均已保存')).toBeTruthy();
  }, 90_000);

  it('shows the branch’s open rectification items beside the indicators they concern', async () => {
    const item = (id: string, indicatorCode: string, status: string, problem: string) => ({
      __typename: 'RectificationItem',
      id,
      periodCode: '2026Q3',
      indicatorCode,
      problem,
      requiredAction: '补开',
      deadline: '2026-12-31T15:59:00.000Z',
      status,
      overdue: status === 'OPEN',
    });
    renderForm(assessmentFixture({}), [
      {
        request: { query: OPEN_RECTIFICATIONS, variables: { filter: { branchId: 'b1' } } },
        result: {
          data: {
            rectifications: [
              item('r1', 'ORG_THEME_DAYS', 'OPEN', '上季度主题党日开展不足'),
              item('r2', 'ORG_THEME_DAYS', 'CLOSED', '已销号的旧问题'),
            ],
          },
        },
        maxUsageCount: 5,
      },
    ]);
    const notes = await screen.findByTestId('open-rectifications-ORG_THEME_DAYS');
    expect(notes.textContent).toContain('上季度主题党日开展不足');
    expect(notes.textContent).toContain('逾期');
    expect(notes.textContent).not.toContain('已销号的旧问题');
    // Beside its own indicator only.
    expect(themeDays().closest('section')!.contains(notes)).toBe(true);
    expect(screen.getAllByText('待整改事项')).toHaveLength(1);
  }, 90_000);

  it('is read-only once submitted, with the status and history in words', () => {
    const submitted = assessmentFixture({
      status: 'SUBMITTED',
      submittedAt: '2026-11-01T02:00:00.000Z',
      values: [{ indicatorCode: 'ORG_THEME_DAYS', selfValue: 2, evidence: '活动照片' }],
      history: [
        {
          fromStatus: null,
          toStatus: 'DRAFT',
          at: '2026-09-30T16:00:00.000Z',
          actorName: '区委组织部管理员',
          comment: 'period opened',
        },
        {
          fromStatus: 'DRAFT',
          toStatus: 'SUBMITTED',
          at: '2026-11-01T02:00:00.000Z',
          actorName: '安居社区党支部书记',
          comment: null,
        },
      ],
    });
    renderForm(submitted);
    expect(screen.getByText('已于 2026年11月1日 10:00 提交，正在等待审核，暂时不能修改。')).toBeTruthy();
    // The value as text, not an input (nor a greyed-out one).
    expect(screen.queryByRole('spinbutton', { name: '主题党日' })).toBeNull();
    expect(screen.getByRole('status', { name: '主题党日' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /保\s*存/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /提交审核/ })).toBeNull();
    expect(screen.getByText('活动照片')).toBeTruthy(); // evidence as text, not an input
    expect(screen.getByText('提交审核')).toBeTruthy(); // history step
    expect(screen.queryByText('period opened')).toBeNull(); // system notes stay out of the history
  });

  it('shows a returned assessment’s comment on top and the reviewer’s value beside the field, editable again', () => {
    const returned = assessmentFixture({
      status: 'RETURNED',
      officialScore: {
        total: 56.64,
        gradeCode: 'FAIL',
        veto: false,
        completeness: 1,
        answered: 2,
        applicable: 2,
        grade: { code: 'FAIL', name: { zh: '不合格', en: 'Fail' } },
      },
      values: [
        {
          indicatorCode: 'ORG_THEME_DAYS',
          selfValue: 1,
          reviewedValue: 2,
          reviewReason: '签到表有 2 次活动',
        },
        // Stored before reasons were asked for: the value alone.
        {
          indicatorCode: 'ORG_MEETINGS',
          selfValue: { numerator: 12, denominator: 12 },
          reviewedValue: { numerator: 10, denominator: 12 },
        },
      ],
      history: [
        {
          fromStatus: 'SUBMITTED',
          toStatus: 'RETURNED',
          at: '2026-11-05T02:00:00.000Z',
          actorName: '东城街道党工委审核员',
          comment: '主题党日请按实际次数填写。',
        },
      ],
    });
    renderForm(returned);
    expect(screen.getByRole('alert').textContent).toContain('主题党日请按实际次数填写。');
    expect(screen.getByText('审核认定：2。调整理由：签到表有 2 次活动')).toBeTruthy();
    // The return names what the reviewer changed; the preview says it scores the branch's values.
    expect(screen.getByTestId('reviewer-adjusted').textContent).toBe(
      '审核调整了 2 项：主题党日、三会一课落实率。审核认定值和调整理由见各指标旁。',
    );
    expect(screen.getByText('自评得分（按本支部填写的值）')).toBeTruthy();
    expect(screen.getByTestId('preview-notice').textContent).toBe(
      '审核认定后的总分为 56.64：审核调整了 2 项，见各指标旁的“审核认定”。',
    );
    expect(screen.getByText('审核认定：10/12')).toBeTruthy();
    expect(screen.getAllByText(/^审核认定：/)).toHaveLength(2);
    expect(themeDays().disabled).toBe(false);
    expect(screen.getByRole('button', { name: /提交审核/ })).toBeTruthy();
    // Each indicator's note takes as much as the API keeps (TEXT_LIMITS), no less.
    const notes = screen.getAllByPlaceholderText('如：会议记录、签到表、照片存档位置');
    expect(notes.map((note) => note.getAttribute('maxlength'))).toEqual(
      notes.map(() => String(TEXT_LIMITS.indicatorEvidence)),
    );
  });

  it('asks before leaving through a link with unsaved changes, and brings back what was typed', async () => {
    sessionStore.start({
      token: 't',
      expiresAt: '2999-01-01T00:00:00.000Z',
      user: {
        id: 'u1',
        username: 'anju',
        displayName: '书记',
        role: 'BRANCH',
        scopeUnit: { id: 'b1', name: '安居社区党支部' },
      },
    });
    const loaded = assessmentFixture({
      version: 4,
      values: [{ indicatorCode: 'ORG_THEME_DAYS', selfValue: 2 }],
    });
    const { router, unmount } = renderForm(loaded);
    fireEvent.change(themeDays(), { target: { value: '1' } });

    expect(screen.getByText('1 项修改未保存')).toBeTruthy();
    fireEvent.click(screen.getByRole('link', { name: '我的支部' }));
    // antd repeats a confirm's title for screen readers
    expect(await screen.findAllByText('有 1 项修改尚未保存')).not.toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: '留在本页' }));
    await act(async () => {});
    expect(router.state.location.pathname).toBe('/self-assessment');
    expect(themeDays().value).toBe('1');

    // Leaving itself (blocker.proceed) needs the Fetch API jsdom lacks: apps/web-e2e covers it.
    unmount();
    renderForm(loaded);
    expect(themeDays().value).toBe('1'); // the draft kept on this device
    expect(screen.getByText(/在本机填写但未保存的内容/)).toBeTruthy();
    expect(screen.getByText('1 项修改未保存')).toBeTruthy();
    sessionStore.end('logout');
  }, 90_000);
});
