/**
 * @jest-environment jsdom
 */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import type { OrgNode } from '../../../shared/org/org-tree';
import { initI18n } from '../../../test-support/i18n';
import { UnitPeriodToolbar } from './UnitPeriodToolbar';

const i18n = initI18n(window.localStorage);

const unit = (id: string, name: string, kind: OrgNode['kind'], children: OrgNode[] = []): OrgNode => ({
  id,
  code: id,
  name,
  kind,
  active: true,
  children,
});

// As orgTree(withoutAssessedLeaves: true) answers: the streets come without their (leaf) branches.
const ROOT = unit('district', '示范区', 'DISTRICT', [
  unit('east', '东城街道', 'STREET'),
  unit('west', '西城街道', 'STREET'),
]);

function renderToolbar(unitId: string, unitName?: string) {
  const onUnitChange = jest.fn();
  render(
    <UnitPeriodToolbar
      root={ROOT}
      unitId={unitId}
      unitName={unitName}
      periods={[]}
      period={undefined}
      onUnitChange={onUnitChange}
      onPeriodChange={jest.fn()}
    />,
  );
  return { onUnitChange, picker: screen.getByRole('combobox', { name: '单位' }) };
}

/** The text the picker shows as its selection (antd renders it beside the search input). */
function shownSelection(picker: HTMLElement): string | null {
  return picker.closest('.ant-select')?.querySelector('.ant-select-selection-item')?.textContent ?? null;
}

describe('UnitPeriodToolbar', () => {
  beforeAll(async () => {
    await act(async () => {
      await i18n.changeLanguage('zh-CN');
    });
  });

  it('lets a street be found by name and picked', async () => {
    const { onUnitChange, picker } = renderToolbar('district');
    fireEvent.mouseDown(picker);
    fireEvent.change(picker, { target: { value: '东城' } });
    const tree = await screen.findByRole('tree');
    fireEvent.click(await within(document.body).findByTitle('东城街道'));
    expect(tree).toBeTruthy();
    expect(onUnitChange).toHaveBeenCalledWith('east');
  });

  it('shows a drilled-into street by its name, with the way back up', () => {
    const { picker } = renderToolbar('east');
    expect(shownSelection(picker)).toBe('东城街道');
    expect(screen.getByRole('button', { name: /返回上级/ })).toBeTruthy();
  });

  it('shows the name, never the id, of a unit the tree does not hold', () => {
    const { picker } = renderToolbar('2d4f4a27-deep', '锦绣社区党总支');
    expect(shownSelection(picker)).toBe('锦绣社区党总支');
  });
});
