/**
 * @jest-environment jsdom
 */
import { MockedProvider, type MockedResponse } from '@apollo/client/testing';
import { defaultFramework } from '@pathboard/frameworks';
import { scoreAssessment, type Framework } from '@pathboard/scoring';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { App } from 'antd';
import { FRAMEWORK_DEFINITION } from '../../../../shared/assessment-form/graphql/assessment.operations';
import { initI18n } from '../../../../test-support/i18n';
import { IMPORT_FRAMEWORK } from '../../graphql/admin.operations';
import { sampleValues } from '../../model/framework-preview';
import { FrameworkEditor } from './FrameworkEditor';

const i18n = initI18n(window.localStorage);
// A small valid framework (the default one's grades), so each render in jsdom stays quick.
const base: Framework = {
  code: 'SMALL',
  version: 2,
  name: { zh: '小方案', en: 'Small framework' },
  grades: (defaultFramework as Framework).grades,
  paths: [
    {
      code: 'ORG',
      name: { zh: '组织建设', en: 'Organization' },
      weight: 60,
      bonusCap: 5,
      indicators: [
        {
          code: 'ORG_MEETINGS',
          name: { zh: '三会一课', en: 'Meetings' },
          rule: { type: 'ratio', maxPoints: 60 },
        },
        {
          code: 'ORG_DAY',
          name: { zh: '主题党日', en: 'Party day' },
          rule: { type: 'count', maxPoints: 40, target: 3 },
        },
        {
          code: 'ORG_HONOUR',
          name: { zh: '获得表彰', en: 'Honours' },
          rule: { type: 'bonus', points: 2, cap: 4 },
        },
      ],
    },
    {
      code: 'CAD',
      name: { zh: '干部队伍', en: 'Cadres' },
      weight: 40,
      indicators: [
        {
          code: 'CAD_STUDY',
          name: { zh: '学习时长', en: 'Study hours' },
          rule: { type: 'boolean', maxPoints: 100 },
        },
      ],
    },
  ],
};

function renderEditor(saved: jest.Mock) {
  const mocks: MockedResponse[] = [
    {
      request: { query: FRAMEWORK_DEFINITION, variables: { id: 'f1' } },
      result: {
        data: {
          framework: {
            __typename: 'Framework',
            id: 'f1',
            code: base.code,
            version: base.version,
            definition: base,
          },
        },
      },
    },
    {
      request: { query: IMPORT_FRAMEWORK },
      variableMatcher: () => true,
      result: (variables: { definition: Framework }) => {
        saved(variables.definition);
        const { code, version, name } = variables.definition;
        return {
          data: {
            importFramework: {
              __typename: 'Framework',
              id: 'f2',
              code,
              version,
              name: { __typename: 'LocalizedText', ...name },
            },
          },
        };
      },
    },
  ];
  const onClose = jest.fn();
  render(
    <MockedProvider mocks={mocks}>
      <App>
        <FrameworkEditor baseId="f1" versions={[base.version]} onClose={onClose} />
      </App>
    </MockedProvider>,
  );
  return onClose;
}

/** The drawer, once the base version is read (queries by text: role queries are slow on antd forms). */
async function openDrawer(): Promise<HTMLElement> {
  const title = await screen.findByText(`${base.name.zh} 第 ${base.version + 1} 版（新）`);
  return title.closest('.ant-drawer-content') as HTMLElement;
}
function buttonOf(root: HTMLElement, text: string | RegExp): HTMLButtonElement {
  return within(root).getAllByText(text)[0].closest('button') as HTMLButtonElement;
}
const settle = () => act(async () => void (await new Promise((resolve) => setTimeout(resolve, 20))));

// Each keystroke re-renders a whole antd form in jsdom, which is slow on a loaded machine.
jest.setTimeout(120_000);

describe('FrameworkEditor', () => {
  beforeEach(async () => {
    await act(async () => void (await i18n.changeLanguage('zh-CN')));
  });

  it('adds an indicator with its rule’s defaults, names the unbalanced path, previews the score and saves', async () => {
    const saved = jest.fn();
    const onClose = renderEditor(saved);
    const drawer = await openDrawer();
    await within(drawer).findByText('校验通过，可以保存。');
    const expected = scoreAssessment(base, sampleValues(base, 'COMMUNITY'), { sector: 'COMMUNITY' });
    const before = within(drawer).getByTestId('preview-before');
    expect(before.textContent).toContain(expected.total.toFixed(2));
    expect(before.textContent).toContain(expected.grade.name.zh);
    expect(within(drawer).getByTestId('preview-after').textContent).toContain(expected.total.toFixed(2));

    const path = base.paths[0];
    await act(async () => void fireEvent.click(buttonOf(drawer, '添加指标')));
    const newCode = `${path.code}_NEW_1`;
    const row = within(drawer).getByTestId(`editor-indicator-${newCode}`);
    // The first registered rule (完成率) with its default full marks, 10.
    expect((within(row).getByLabelText('新指标 满分') as HTMLInputElement).value).toBe('10');
    expect(within(drawer).getByText(/基础指标分值之和为 110/)).toBeTruthy();
    expect(within(drawer).getByText('请先修正标出的问题，再查看修改后的得分。')).toBeTruthy();
    expect(within(drawer).getByTestId('preview-after').textContent).toContain('—');
    expect(buttonOf(drawer, '保存为新版本').disabled).toBe(true);

    // A negative full mark is named beside the input itself.
    fireEvent.change(within(row).getByLabelText('新指标 满分'), { target: { value: '-1' } });
    const maxItem = within(row).getByLabelText('新指标 满分').closest('.ant-form-item') as HTMLElement;
    expect(maxItem.querySelector('.ant-form-item-explain-error')).toBeTruthy();

    // Rebalance: the new indicator takes 10 points from the first one.
    fireEvent.change(within(row).getByLabelText('新指标 满分'), { target: { value: '10' } });
    const first = path.indicators[0];
    const firstMax = (first.rule as { maxPoints: number }).maxPoints;
    fireEvent.change(within(drawer).getByLabelText(`${first.name.zh} 满分`), {
      target: { value: String(firstMax - 10) },
    });
    await within(drawer).findByText('校验通过，可以保存。');
    expect(within(drawer).getByTestId('preview-after').textContent).not.toContain('—');

    await act(async () => void fireEvent.click(buttonOf(drawer, '保存为新版本')));
    await settle();
    expect(saved).toHaveBeenCalledTimes(1);
    const definition = saved.mock.calls[0][0] as Framework;
    expect(definition.version).toBe(base.version + 1);
    expect(definition.paths[0].indicators.at(-1)).toMatchObject({
      code: newCode,
      rule: { type: 'ratio', maxPoints: 10 },
    });
    expect((definition.paths[0].indicators[0].rule as { maxPoints: number }).maxPoints).toBe(firstMax - 10);
    expect(onClose).toHaveBeenCalled();
  });

  it('marks every weight when the weights do not sum to 100, and words problems without codes', async () => {
    renderEditor(jest.fn());
    const drawer = await openDrawer();
    await within(drawer).findByText('校验通过，可以保存。');
    const [first, second] = base.paths;
    fireEvent.change(within(drawer).getByLabelText(`${first.name.zh} 权重（%）`), {
      target: { value: String(first.weight + 5) },
    });
    const sum = `各路径权重之和为 ${base.paths.reduce((s, p) => s + p.weight, 0) + 5}，应为 100`;
    for (const path of [first, second]) {
      const item = within(drawer)
        .getByLabelText(`${path.name.zh} 权重（%）`)
        .closest('.ant-form-item') as HTMLElement;
      expect(item.querySelector('.ant-form-item-explain-error')?.textContent).toBe(sum);
    }
    // Below the form, once, with where it is, and worded for the editor (no file to choose again).
    expect(within(drawer).getByText('方案还有 1 个问题，修正后才能保存：')).toBeTruthy();
    expect(within(drawer).getByText(`paths：${sum}`)).toBeTruthy();

    // A name emptied: the problem alone beside it, no code and property path.
    fireEvent.change(within(drawer).getByLabelText(`${first.name.zh} 权重（%）`), {
      target: { value: String(first.weight) },
    });
    const nameInput = within(drawer).getAllByDisplayValue(first.name.zh)[0];
    fireEvent.change(nameInput, { target: { value: '' } });
    const nameItem = nameInput.closest('.ant-form-item') as HTMLElement;
    expect(nameItem.querySelector('.ant-form-item-explain-error')?.textContent).not.toMatch(
      /paths\[|ORGANIZATION/,
    );
  });

  it('edits the data checks: a reversed range is named beside its input; the settings are saved', async () => {
    const saved = jest.fn();
    renderEditor(saved);
    const drawer = await openDrawer();
    await within(drawer).findByText('校验通过，可以保存。');
    // Only measured indicators have the settings: 主题党日 (a count) does, 学习时长 (yes/no) does not.
    expect(within(drawer).getByTestId('editor-checks-ORG_DAY')).toBeTruthy();
    expect(within(drawer).queryByTestId('editor-checks-CAD_STUDY')).toBeNull();

    fireEvent.change(within(drawer).getByLabelText('主题党日 预期下限'), { target: { value: '10' } });
    fireEvent.change(within(drawer).getByLabelText('主题党日 预期上限'), { target: { value: '5' } });
    const minItem = within(drawer)
      .getByLabelText('主题党日 预期下限')
      .closest('.ant-form-item') as HTMLElement;
    expect(minItem.querySelector('.ant-form-item-explain-error')?.textContent).toBe(
      '预期范围的下限 10 高于上限 5',
    );
    expect(buttonOf(drawer, '保存为新版本').disabled).toBe(true);

    fireEvent.change(within(drawer).getByLabelText('主题党日 预期下限'), { target: { value: '0' } });
    fireEvent.change(within(drawer).getByLabelText('主题党日 变化容差'), { target: { value: '1' } });
    const jump = within(drawer).getByLabelText('环比变化提示比例') as HTMLInputElement;
    expect(jump.placeholder).toBe('默认 0.5');
    fireEvent.change(jump, { target: { value: '0.8' } });
    await within(drawer).findByText('校验通过，可以保存。');
    await act(async () => void fireEvent.click(buttonOf(drawer, '保存为新版本')));
    await settle();
    const definition = saved.mock.calls[0][0] as Framework;
    expect(definition.paths[0].indicators[1]).toMatchObject({
      expectedRange: { min: 0, max: 5 },
      minChange: 1,
    });
    expect(definition.checks).toEqual({ jumpShare: 0.8 });
  });

  it('removes an indicator only after confirming', async () => {
    renderEditor(jest.fn());
    const drawer = await openDrawer();
    await within(drawer).findByText('校验通过，可以保存。');
    const bonus = base.paths[0].indicators.find((i) => i.rule.type === 'bonus')!;
    expect(within(drawer).getByTestId(`editor-indicator-${bonus.code}`)).toBeTruthy();
    await act(async () => void fireEvent.click(within(drawer).getByLabelText(`删除 ${bonus.name.zh}`)));
    expect(within(drawer).getByTestId(`editor-indicator-${bonus.code}`)).toBeTruthy();
    const confirm = await screen.findByText(`删除指标“${bonus.name.zh}”？保存前可关闭抽屉放弃全部修改。`);
    const popover = confirm.closest('.ant-popover') as HTMLElement;
    await act(async () => void fireEvent.click(buttonOf(popover, /^删\s*除$/)));
    expect(within(drawer).queryByTestId(`editor-indicator-${bonus.code}`)).toBeNull();
  });
});
