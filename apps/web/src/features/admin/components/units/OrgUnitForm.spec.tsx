/**
 * @jest-environment jsdom
 */
import { MockedProvider, type MockedResponse } from '@apollo/client/testing';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { App } from 'antd';
import { GraphQLError } from 'graphql';
import { initI18n } from '../../../../test-support/i18n';
import { CREATE_ORG_UNIT } from '../../graphql/admin.operations';
import type { AdminUnit } from '../../model/org-unit-form';
import { OrgUnitForm } from './OrgUnitForm';

const i18n = initI18n(window.localStorage);

// A branch that already has assessments: creating a unit under it is refused by the server.
const BRANCH: AdminUnit = {
  id: 'b1',
  code: 'B1',
  name: '滨江社区党支部',
  kind: 'BRANCH',
  sector: 'COMMUNITY',
  memberCount: 30,
  active: true,
  parentId: 'north',
  children: [],
};

const INPUT = {
  parentId: 'b1',
  code: 'B1-1',
  name: '第一党小组',
  kind: 'BRANCH',
  memberCount: 0,
  sector: 'COMMUNITY',
};

const refusedWith = (message: string, extensions: Record<string, unknown>): MockedResponse => ({
  request: { query: CREATE_ORG_UNIT, variables: { input: INPUT } },
  result: { errors: [new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...extensions } })] },
});

const ASSESSED_PARENT = refusedWith(
  'parentId: branch B1 already has assessments (2026Q3 APPROVED): a unit under it would make it a general branch …',
  { field: 'parentId', reason: 'ASSESSED_PARENT', periods: ['2026Q3'] },
);

async function createUnder(mocks: MockedResponse[], labels: { code: string; name: string; submit: RegExp }) {
  render(
    <MockedProvider mocks={mocks}>
      <App>
        <OrgUnitForm unit={BRANCH} create onDone={jest.fn()} />
      </App>
    </MockedProvider>,
  );
  fireEvent.change(screen.getByLabelText(labels.code), { target: { value: INPUT.code } });
  fireEvent.change(screen.getByLabelText(labels.name), { target: { value: INPUT.name } });
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: labels.submit }));
  });
}

const ZH = { code: '编码', name: '名称', submit: /新\s*建/ };

describe('OrgUnitForm (create)', () => {
  beforeEach(async () => {
    await act(async () => {
      await i18n.changeLanguage('zh-CN');
    });
  });

  it('says in words why a branch with assessments cannot take a new unit', async () => {
    await createUnder([ASSESSED_PARENT], ZH);
    expect(
      await screen.findByText(
        '该支部已有考评记录，不能在其下设立下级支部：否则它的考评成绩将不再计入统计。请新建党总支，再把支部移到其下。',
      ),
    ).toBeTruthy();
    expect(screen.queryByText(/already has assessments/)).toBeNull();
  });

  it('warns before the first unit is created under an assessed branch, and not under a general one', async () => {
    const warning = /^“滨江社区党支部”目前是参加考评的党支部。其下有了下级支部，它就成为党总支/;
    const { unmount } = render(
      <MockedProvider mocks={[]}>
        <App>
          <OrgUnitForm unit={BRANCH} create onDone={jest.fn()} />
        </App>
      </MockedProvider>,
    );
    expect(screen.getByText(warning)).toBeTruthy();
    unmount();
    const general = { ...BRANCH, children: [{ ...BRANCH, id: 'b11', parentId: 'b1' }] };
    render(
      <MockedProvider mocks={[]}>
        <App>
          <OrgUnitForm unit={general} create onDone={jest.fn()} />
        </App>
      </MockedProvider>,
    );
    expect(screen.queryByText(warning)).toBeNull();
  });

  it('says it in English too', async () => {
    await act(async () => {
      await i18n.changeLanguage('en');
    });
    await createUnder([ASSESSED_PARENT], { code: 'Code', name: 'Name', submit: /Create/ });
    expect(
      await screen.findByText(
        /^This branch already has assessments: a unit under it would stop it being assessed/,
      ),
    ).toBeTruthy();
  });

  it('shows other refusals that name no field of the form as the server describes them', async () => {
    await createUnder([refusedWith('parentId: org unit b1 does not exist', { field: 'parentId' })], ZH);
    expect(await screen.findByText(/org unit b1 does not exist/)).toBeTruthy();
  });
});
