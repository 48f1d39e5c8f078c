/**
 * @jest-environment jsdom
 */
import { MockedProvider, type MockedResponse } from '@apollo/client/testing';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { App } from 'antd';
import { GraphQLError } from 'graphql';
import { initI18n } from '../../../../test-support/i18n';
import { CREATE_ORG_UNIT, UPDATE_ORG_UNIT } from '../../graphql/admin.operations';
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

// A street with branches still active under it: deactivating it is refused (docs/domain.md#deactivation).
const STREET: AdminUnit = {
  id: 'east',
  code: 'S-EAST',
  name: '东城街道',
  kind: 'STREET',
  sector: null,
  memberCount: 0,
  active: true,
  parentId: 'd',
  children: [],
};

describe('OrgUnitForm (deactivating)', () => {
  beforeEach(async () => {
    await act(async () => {
      await i18n.changeLanguage('zh-CN');
    });
  });

  it('says what deactivation does, and why a street with active branches cannot be deactivated', async () => {
    const refused: MockedResponse = {
      request: { query: UPDATE_ORG_UNIT, variables: { id: 'east', input: { active: false } } },
      result: {
        errors: [
          new GraphQLError(
            'active: 东城街道 still has 19 active units under it; deactivate them or move them under another unit first',
            {
              extensions: {
                code: 'BAD_USER_INPUT',
                field: 'active',
                reason: 'ACTIVE_CHILDREN',
                activeBelow: 19,
              },
            },
          ),
        ],
      },
    };
    render(
      <MockedProvider mocks={[refused]}>
        <App>
          <OrgUnitForm unit={STREET} create={false} onDone={jest.fn()} />
        </App>
      </MockedProvider>,
    );
    expect(screen.getByText(/本季度考评表支部不能再保存、提交/)).toBeTruthy();
    expect(screen.getByText(/须先停用或移走其下启用的单位/)).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole('switch'));
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: /保\s*存/ }));
    });
    expect(
      await screen.findByText('其下还有 19 个启用的下级单位，不能停用。请先将它们停用，或移到其他单位之下。'),
    ).toBeTruthy();
    expect(screen.queryByText(/still has 19 active units/)).toBeNull();
  });
});
