/**
 * @jest-environment jsdom
 */
import { defaultFramework } from '@pathboard/frameworks';
import type { Framework } from '@pathboard/scoring';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { useMemo, useState } from 'react';
import { initI18n } from '../../../../test-support/i18n';
import { draftIssues } from '../../model/framework-draft';
import { applyEdits, editsOf, withParam } from '../../model/what-if-draft';
import { WhatIfParams } from './WhatIfParams';

const i18n = initI18n(window.localStorage);
const base = defaultFramework as Framework;

/** The what-if tab's wiring of the parameters, without its queries. */
function Harness({ onDraft }: { onDraft: (draft: Framework) => void }) {
  const [edits, setEdits] = useState(editsOf(base));
  const draft = useMemo(() => applyEdits(base, edits), [edits]);
  onDraft(draft);
  return (
    <WhatIfParams
      draft={draft}
      lang="zh"
      issues={draftIssues(draft)}
      onChange={(code, key, value) => setEdits((e) => withParam(e, code, key, value))}
    />
  );
}

describe('WhatIfParams', () => {
  it("edits one indicator's rule parameter into the draft, with the validator's message beside it", async () => {
    await act(async () => void (await i18n.changeLanguage('zh-CN')));
    const path = base.paths.find((p) => p.indicators.some((i) => i.rule.type === 'shortfall'))!;
    const indicator = path.indicators.find((i) => i.rule.type === 'shortfall')!;
    let draft = base;
    render(<Harness onDraft={(d) => (draft = d)} />);
    await act(async () => void fireEvent.click(screen.getByText(path.name.zh)));
    const input = (await screen.findByLabelText(`${indicator.name.zh} 每次扣分`)) as HTMLInputElement;
    expect(input.value).toBe(String((indicator.rule as { deduction: number }).deduction));
    fireEvent.change(input, { target: { value: '7' } });
    const edited = draft.paths.flatMap((p) => p.indicators).find((i) => i.code === indicator.code)!;
    expect(edited.rule).toMatchObject({ deduction: 7 });
    expect(base.paths.flatMap((p) => p.indicators).find((i) => i.code === indicator.code)!.rule).toEqual(
      indicator.rule,
    );
    fireEvent.change(input, { target: { value: '-1' } });
    const item = input.closest('.ant-form-item') as HTMLElement;
    expect(item.querySelector('.ant-form-item-explain-error')?.textContent).toBeTruthy();
  });
});
