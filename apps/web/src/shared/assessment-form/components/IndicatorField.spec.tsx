/**
 * @jest-environment jsdom
 */
import { defaultFramework } from '@pathboard/frameworks';
import type { Indicator } from '@pathboard/scoring';
import { fireEvent, render, screen } from '@testing-library/react';
import { Form, theme } from 'antd';
import { useState } from 'react';
import { initI18n } from '../../../test-support/i18n';
import { fieldSpecFor } from '../form/field-spec';
import type { FormValue } from '../form/form-values';
import { IndicatorField } from './IndicatorField';

initI18n(window.localStorage);
const indicators = new Map(
  defaultFramework.paths.flatMap((p) => p.indicators).map((i) => [i.code, i as Indicator]),
);

function renderField(
  code: string,
  value: FormValue,
  issues: { code: string; message: string; part?: 'numerator' | 'denominator' }[] = [],
  disabled = false,
) {
  const onChange = jest.fn();
  render(
    <Form layout="vertical">
      <IndicatorField
        spec={fieldSpecFor(indicators.get(code)!)}
        value={value}
        onChange={onChange}
        issues={issues}
        lang="zh"
        gradeName={(c) => (c === 'FAIL' ? '不合格' : undefined)}
        disabled={disabled}
      />
    </Form>,
  );
  return onChange;
}

/** The field as the form holds it: every change is fed back as the new value. */
function renderControlled(code: string) {
  const onChange = jest.fn();
  function Controlled() {
    const [value, setValue] = useState<FormValue>(null);
    return (
      <Form layout="vertical">
        <IndicatorField
          spec={fieldSpecFor(indicators.get(code)!)}
          value={value}
          onChange={(next) => {
            onChange(next);
            setValue(next);
          }}
          lang="zh"
        />
      </Form>
    );
  }
  render(<Controlled />);
  return onChange;
}

describe('IndicatorField', () => {
  it('asks a ratio as done / required and shows the rate', () => {
    const onChange = renderField('ORG_MEETINGS', { numerator: 11, denominator: 12 });
    expect(screen.getByText('三会一课落实率')).toBeTruthy();
    expect(screen.getByText('满分 25 分')).toBeTruthy();
    expect(screen.getByText('完成率 91.7%')).toBeTruthy();
    const numerator = screen.getByLabelText('三会一课落实率 实际完成');
    fireEvent.change(numerator, { target: { value: '10' } });
    expect(onChange).toHaveBeenLastCalledWith({ numerator: 10, denominator: 12 });
  });

  it('offers the rating bands as buttons', () => {
    const onChange = renderField('ORG_WORK_PLAN', null);
    fireEvent.click(screen.getByText('较好'));
    expect(onChange).toHaveBeenCalledWith('FAIR');
  });

  it('marks an unanswered checklist and answers it on the first tick', () => {
    const onChange = renderField('INT_RISK_POINTS', null);
    expect(screen.getByText('未填写')).toBeTruthy();
    fireEvent.click(screen.getByText('台账'));
    expect(onChange).toHaveBeenCalledWith(['LEDGER']);
  });

  it('explains a veto and takes yes / no', () => {
    const onChange = renderField('INT_SERIOUS_VIOLATION_VETO', null);
    expect(screen.getByText('一票否决项：选“是”则等次最高为不合格')).toBeTruthy();
    fireEvent.click(screen.getByText('否'));
    expect(onChange).toHaveBeenCalledWith(false);
  });

  it('shows what is wrong in words and can clear the value', () => {
    const onChange = renderField('ORG_THEME_DAYS', 1.5, [
      { code: 'NOT_AN_INTEGER', message: '次数应为整数（收到 1.5）' },
    ]);
    expect(screen.getByText('次数应为整数（收到 1.5）')).toBeTruthy();
    fireEvent.click(screen.getByText('清除'));
    expect(onChange).toHaveBeenCalledWith(null);
  });

  it.each([
    ['ORG_THEME_DAYS', '2.5', 2.5],
    ['ORG_THEME_DAYS', '-2', -2],
    ['TRN_XUEXI_ACTIVE', '150', 150],
  ])('keeps %s typed as %s instead of changing it on blur', (code, typed, kept) => {
    const onChange = renderControlled(code);
    const input = screen.getByRole('spinbutton') as HTMLInputElement;
    fireEvent.change(input, { target: { value: typed } });
    fireEvent.blur(input);
    expect(onChange).toHaveBeenLastCalledWith(kept);
    expect(Number(input.value)).toBe(kept); // a percent shows one decimal (its step), the same number
  });

  it('keeps a fraction half as typed', () => {
    const onChange = renderField('ORG_MEETINGS', { numerator: null, denominator: 12 });
    const numerator = screen.getByLabelText('三会一课落实率 实际完成') as HTMLInputElement;
    fireEvent.change(numerator, { target: { value: '10.5' } });
    fireEvent.blur(numerator);
    expect(onChange).toHaveBeenLastCalledWith({ numerator: 10.5, denominator: 12 });
  });

  describe('read-only (a submitted or approved quarter)', () => {
    const readOnly = (code: string, value: FormValue) => {
      const onChange = renderField(code, value, [], true);
      return { onChange, shown: screen.getByLabelText(indicators.get(code)!.name.zh) };
    };

    it('shows a ratio as text named by the indicator, with its rate, and nothing to type in or clear', () => {
      const { shown } = readOnly('ORG_MEETINGS', { numerator: 11, denominator: 12 });
      expect(shown.tagName).toBe('OUTPUT');
      expect(screen.getByRole('status', { name: '三会一课落实率' })).toBe(shown);
      expect(shown.textContent).toBe('11/12完成率 91.7%');
      expect(screen.queryByRole('spinbutton')).toBeNull();
      expect(screen.queryByRole('textbox')).toBeNull();
      expect(screen.queryByText('清除')).toBeNull();
      expect(screen.getByText('满分 25 分')).toBeTruthy(); // what it is worth stays
    });

    it('is written in the normal text colour, not the faint disabled grey', () => {
      const { shown } = readOnly('ORG_THEME_DAYS', 3);
      const token = theme.getDesignToken();
      expect(shown.style.color).toBe(token.colorText.replace(/,\s*/g, ', '));
      expect(shown.style.color).not.toBe(token.colorTextDisabled.replace(/,\s*/g, ', '));
      expect(shown.getAttribute('aria-live')).toBe('off'); // a value to read, not an announcement
    });

    it.each<[string, FormValue, string]>([
      ['ORG_THEME_DAYS', 3, '3 次'],
      ['TRN_XUEXI_ACTIVE', 87.5, '87.5%'],
      ['ORG_WORK_PLAN', 'FAIR', '较好'],
      ['INT_RISK_POINTS', ['LEDGER'], '台账'],
      ['INT_RISK_POINTS', [], '无'],
      ['INT_SERIOUS_VIOLATION_VETO', false, '否'],
      ['INT_SERIOUS_VIOLATION_VETO', true, '是'],
      ['ORG_MEETINGS', { numerator: null, denominator: null }, '未填写'],
      ['ORG_WORK_PLAN', null, '未填写'],
    ])('words %s = %j as “%s”', (code, value, words) => {
      const { shown } = readOnly(code, value);
      expect(shown.textContent).toBe(words);
      expect(screen.queryByRole('checkbox')).toBeNull();
      expect(screen.queryByRole('radio')).toBeNull();
    });

    it('names every item present on a checklist, in the framework’s words', () => {
      const spec = fieldSpecFor(indicators.get('INT_RISK_POINTS')!);
      const codes = (spec.options ?? []).map((o) => o.value);
      const { shown } = readOnly('INT_RISK_POINTS', codes);
      expect(shown.textContent).toBe((spec.options ?? []).map((o) => o.label.zh).join('、'));
    });
  });
});
