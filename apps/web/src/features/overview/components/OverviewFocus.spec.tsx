/**
 * @jest-environment jsdom
 */
import { render, screen } from '@testing-library/react';
import { join } from 'node:path';
import type { TFunction } from 'i18next';
import { MemoryRouter } from 'react-router-dom';
import { toBranchRows } from '../model/branch-rows';
import { districtScoreboard } from '../model/test-fixtures';
import { cssRule } from '../../../test-support/css-rule';
import { branchColumns, type BranchColumnsContext } from './branch-columns';

// The specs stub CSS modules as {}: name the classes, so the spec sees which one a link carries.
jest.mock('./OverviewFocus.module.css', () => ({ focusScope: 'focusScope', insetFocus: 'insetFocus' }));

const file = join(__dirname, 'OverviewFocus.module.css');
const rule = (selector: string) => cssRule(file, selector);

describe('keyboard focus on the overview’s links', () => {
  it('rings a chip’s tag, not the line box of its link (the app rings every other link)', () => {
    expect(rule('.focusScope a:focus-visible > :global(.ant-tag)')).toMatch(
      /outline:\s*2px solid var\(--pb-focus-color\)/,
    );
    expect(rule('.focusScope a:focus-visible:has(> :global(.ant-tag))')).toMatch(/outline:\s*none/);
  });

  it('marks the table’s branch names inside the link, where the clipped cell cannot cut it off', () => {
    expect(rule('.focusScope a.insetFocus:focus-visible')).toMatch(/text-decoration:\s*underline 2px/);
    const ctx: BranchColumnsContext = {
      t: ((key: string) => key) as unknown as TFunction,
      language: 'zh-CN',
      paths: [],
      grades: [],
      showChild: false,
      branchHref: (id) => `/branches/${id}`,
      selection: { selected: new Set(), max: 4, toggle: () => undefined },
    };
    const [row] = toBranchRows(districtScoreboard());
    const name = branchColumns(ctx).find((c) => c.key === 'name')!;
    render(<MemoryRouter>{name.render(row)}</MemoryRouter>);
    expect(screen.getByRole('link').className).toContain('insetFocus');
  });
});
