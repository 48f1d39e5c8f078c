/**
 * @jest-environment jsdom
 */
import { render, screen } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TFunction } from 'i18next';
import { MemoryRouter } from 'react-router-dom';
import { toBranchRows } from '../model/branch-rows';
import { districtScoreboard } from '../model/test-fixtures';
import { branchColumns, type BranchColumnsContext } from './branch-columns';

// The specs stub CSS modules as {}: name the classes, so the spec sees which one a link carries.
jest.mock('./OverviewFocus.module.css', () => ({ focusScope: 'focusScope', insetFocus: 'insetFocus' }));

const css = readFileSync(join(__dirname, 'OverviewFocus.module.css'), 'utf8');

/** The declarations of the rule whose selector list is exactly `selector`. */
function rule(selector: string): string {
  const escaped = selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`(?:^|\\})\\s*${escaped}\\s*\\{([^}]*)\\}`, 'm').exec(
    css.replace(/\/\*[\s\S]*?\*\//g, ''),
  );
  return match?.[1] ?? '';
}

describe('keyboard focus on the overview’s links', () => {
  it('rings a link tabbed to (antd leaves outline: none), for the keyboard only', () => {
    expect(rule('.focusScope a:focus-visible')).toMatch(/outline:\s*2px solid var\(--overview-focus-color/);
    // The chips: the ring goes round the tag inside the link.
    expect(rule('.focusScope a:focus-visible > :global(.ant-tag)')).toMatch(/outline:\s*2px solid/);
    // Nothing on plain :focus or :hover: the mouse look stays as it was.
    expect(css).not.toMatch(/a:focus\b(?!-visible)|:hover/);
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
