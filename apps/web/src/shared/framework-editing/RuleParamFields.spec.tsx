/**
 * @jest-environment jsdom
 */
import { defaultRule, RULE_TYPES, ruleModule } from '@pathboard/scoring';
import { fireEvent, render, screen } from '@testing-library/react';
import { Form } from 'antd';
import { RuleParamFields } from './RuleParamFields';
import { numericParams } from './rule-params';

describe('RuleParamFields (shared by the framework editor and the what-if form)', () => {
  it('offers the numeric parameters of the rule registry’s schema, named in words', () => {
    expect(numericParams(defaultRule('shortfall'))).toEqual(['maxPoints', 'required', 'deduction']);
    expect(numericParams(defaultRule('ratio'))).toEqual(['maxPoints', 'target']);
    expect(numericParams(defaultRule('veto'))).toEqual([]);
    for (const type of RULE_TYPES)
      for (const key of numericParams(defaultRule(type)))
        expect(ruleModule(type).params.properties[key]).toMatchObject({ type: 'number' });
  });

  it('shows the values, reports each change (null when cleared) and the validator’s message beside the input', () => {
    const onChange = jest.fn();
    render(
      <Form>
        <RuleParamFields
          rule={{ type: 'shortfall', maxPoints: 15, required: 3, deduction: 5 }}
          lang="zh"
          ariaPrefix="主题党日"
          onChange={onChange}
          statusOf={(key) => (key === 'deduction' ? { validateStatus: 'error', help: '应大于 0' } : {})}
        />
      </Form>,
    );
    const required = screen.getByLabelText('主题党日 应开展次数') as HTMLInputElement;
    expect(required.value).toBe('3');
    expect((screen.getByLabelText('主题党日 满分') as HTMLInputElement).value).toBe('15');
    fireEvent.change(required, { target: { value: '4' } });
    expect(onChange).toHaveBeenLastCalledWith('required', 4);
    fireEvent.change(screen.getByLabelText('主题党日 每次扣分'), { target: { value: '' } });
    expect(onChange).toHaveBeenLastCalledWith('deduction', null);
    expect(screen.getByText('应大于 0')).toBeTruthy();
  });
});
