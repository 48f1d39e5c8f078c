/**
 * @jest-environment jsdom
 */
import { MockedProvider } from '@apollo/client/testing';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from 'antd';
import { initI18n } from '../../../test-support/i18n';
import {
  CREATE_RECTIFICATION,
  RECTIFICATION_PROPOSALS,
  RECTIFICATIONS,
} from '../graphql/rectification.operations';
import { RectificationPanel } from './RectificationPanel';

initI18n(window.localStorage);

const ASSESSMENT = '00000000-0000-4000-8000-0000000000a1';
const ORGANIZATION = { zh: '组织建设', en: 'Organization building' };
const INDICATORS = [
  { code: 'ORG_MEETINGS', name: { zh: '三会一课落实率', en: 'Meetings held' }, pathName: ORGANIZATION },
  { code: 'HONESTY_VETO', name: { zh: '违纪违规', en: 'Discipline breach' }, pathName: ORGANIZATION },
];
const BRANCH = '00000000-0000-4000-8000-0000000000b1';

function readMocks() {
  return [
    {
      request: { query: RECTIFICATIONS, variables: { filter: { branchId: BRANCH, periodCode: '2026Q1' } } },
      result: { data: { rectifications: [] } },
      maxUsageCount: 5,
    },
    {
      request: { query: RECTIFICATION_PROPOSALS, variables: { assessmentId: ASSESSMENT } },
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
              problem: { __typename: 'LocalizedText', zh: '三会一课得分 6（满分 25），低于 60%', en: 'x' },
            },
          ],
        },
      },
      maxUsageCount: 5,
    },
  ];
}

it('while a decision is pending, a confirmed proposal is kept for the decision and nothing is created', async () => {
  const onPendingChange = jest.fn();
  const view = render(
    <MockedProvider mocks={readMocks()}>
      <App>
        <RectificationPanel
          indicators={INDICATORS}
          assessmentId={ASSESSMENT}
          branchId={BRANCH}
          period="2026Q1"
          pending={[]}
          onPendingChange={onPendingChange}
        />
      </App>
    </MockedProvider>,
  );
  expect(await screen.findByText('三会一课得分 6（满分 25），低于 60%')).toBeTruthy();
  expect(screen.getByText('随本次审核下发的整改事项（0项）')).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: '确认建议' }));
  fireEvent.change(await screen.findByLabelText('整改要求'), { target: { value: '每月按时召开支委会' } });
  fireEvent.click(screen.getByRole('button', { name: /OK|确\s*定/ }));
  await waitFor(() => expect(onPendingChange).toHaveBeenCalledTimes(1));
  const [items] = onPendingChange.mock.calls[0] as [Record<string, string>[]];
  expect(items).toHaveLength(1);
  expect(items[0]).toMatchObject({
    indicatorCode: 'ORG_MEETINGS',
    problem: '三会一课得分 6（满分 25），低于 60%',
    requiredAction: '每月按时召开支委会',
  });
  // Once pending, the proposal leaves the list and the item shows as pending.
  view.rerender(
    <MockedProvider mocks={readMocks()}>
      <App>
        <RectificationPanel
          indicators={INDICATORS}
          assessmentId={ASSESSMENT}
          branchId={BRANCH}
          period="2026Q1"
          pending={items as never}
          onPendingChange={onPendingChange}
        />
      </App>
    </MockedProvider>,
  );
  expect(await screen.findByText('随本次审核下发的整改事项（1项）')).toBeTruthy();
  // Named as the framework names it, not by its code.
  expect(within(screen.getByTestId('pending-rectifications')).getByText('三会一课落实率')).toBeTruthy();
  expect(screen.queryByText('ORG_MEETINGS')).toBeNull();
  expect(screen.queryByRole('button', { name: '确认建议' })).toBeNull();
}, 90_000);

it("assigns a suggested item with the proposal as the problem and the reviewer's required action", async () => {
  const created = jest.fn(() => ({
    data: { createRectification: { __typename: 'RectificationItem', id: 'r1', status: 'OPEN', version: 1 } },
  }));
  const sent: Record<string, unknown>[] = [];
  const mocks = [
    {
      request: { query: RECTIFICATIONS, variables: { filter: { branchId: BRANCH, periodCode: '2026Q1' } } },
      result: { data: { rectifications: [] } },
      maxUsageCount: 5,
    },
    {
      request: { query: RECTIFICATION_PROPOSALS, variables: { assessmentId: ASSESSMENT } },
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
              problem: { __typename: 'LocalizedText', zh: '三会一课得分 6（满分 25），低于 60%', en: 'x' },
            },
          ],
        },
      },
      maxUsageCount: 5,
    },
    {
      request: { query: CREATE_RECTIFICATION },
      variableMatcher: (variables: Record<string, unknown>) => {
        sent.push(variables);
        return true;
      },
      result: created,
    },
  ];
  render(
    <MockedProvider mocks={mocks}>
      <App>
        <RectificationPanel
          indicators={INDICATORS}
          assessmentId={ASSESSMENT}
          branchId={BRANCH}
          period="2026Q1"
        />
      </App>
    </MockedProvider>,
  );
  expect(await screen.findByText('三会一课得分 6（满分 25），低于 60%')).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: '下发整改' }));
  fireEvent.change(await screen.findByLabelText('整改要求'), { target: { value: '每月按时召开支委会' } });
  fireEvent.click(screen.getByRole('button', { name: /OK|确\s*定/ }));
  await waitFor(() => expect(created).toHaveBeenCalledTimes(1));
  const input = (sent[sent.length - 1] as { input: Record<string, string> }).input;
  expect(input).toMatchObject({
    assessmentId: ASSESSMENT,
    indicatorCode: 'ORG_MEETINGS',
    problem: '三会一课得分 6（满分 25），低于 60%',
    requiredAction: '每月按时召开支委会',
  });
  expect(new Date(input.deadline).getTime()).toBeGreaterThan(Date.now());
});

it('confirms every proposal at once: each keeps its problem, all share the required action and deadline', async () => {
  const onPendingChange = jest.fn();
  const two = readMocks();
  const proposals = (two[1].result.data as { rectificationProposals: Record<string, unknown>[] })
    .rectificationProposals;
  proposals.push({
    ...proposals[0],
    indicatorCode: 'HONESTY_VETO',
    pathCode: 'DISCIPLINE',
    reason: 'VETO',
    points: 0,
    maxPoints: 0,
    problem: { __typename: 'LocalizedText', zh: '触发一票否决：违纪违规', en: 'x' },
  });
  render(
    <MockedProvider mocks={two}>
      <App>
        <RectificationPanel
          indicators={INDICATORS}
          assessmentId={ASSESSMENT}
          branchId={BRANCH}
          period="2026Q1"
          pending={[]}
          onPendingChange={onPendingChange}
        />
      </App>
    </MockedProvider>,
  );
  expect(await screen.findByText('触发一票否决：违纪违规', {}, { timeout: 20_000 })).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: '全部确认（2项）' }));
  const list = await screen.findByTestId('confirm-all-list');
  expect(['三会一课落实率', '违纪违规'].map((name) => within(list).getByText(name))).toHaveLength(2);
  const action = await screen.findByLabelText('整改要求（适用于以上各项）');
  fireEvent.change(action, { target: { value: '逐项整改并上传会议记录' } });
  fireEvent.click(screen.getByRole('button', { name: /OK|确\s*定/ }));
  await waitFor(() => expect(onPendingChange).toHaveBeenCalledTimes(1));
  const [items] = onPendingChange.mock.calls[0] as [Record<string, string>[]];
  expect(items.map((i) => [i.indicatorCode, i.problem, i.requiredAction])).toEqual([
    ['ORG_MEETINGS', '三会一课得分 6（满分 25），低于 60%', '逐项整改并上传会议记录'],
    ['HONESTY_VETO', '触发一票否决：违纪违规', '逐项整改并上传会议记录'],
  ]);
  expect(new Set(items.map((i) => i.deadline)).size).toBe(1);
}, 90_000);
