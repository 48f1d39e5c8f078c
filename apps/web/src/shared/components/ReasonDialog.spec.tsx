/**
 * @jest-environment jsdom
 */
import { fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { ReasonDialog, type ReasonDialogProps } from './ReasonDialog';

type Given = Partial<ReasonDialogProps> & { initial?: string };

/** The dialog with its reason kept by a caller, as the screens keep it. */
function Harness({ initial = '', ...props }: Given) {
  const [reason, setReason] = useState(initial);
  return (
    <ReasonDialog
      open
      title="重新开启"
      okText="确认开启"
      cancelText="取消"
      label="原因"
      inputId="reason-field"
      requiredMessage="请填写原因。"
      rows={{ minRows: 2, maxRows: 6 }}
      maxLength={20}
      reason={reason}
      onReasonChange={setReason}
      onSubmit={() => undefined}
      onCancel={() => undefined}
      {...props}
    />
  );
}

const ok = (dialog: HTMLElement) => within(dialog).getByRole('button', { name: /确认开启/ });

describe('ReasonDialog', () => {
  it('holds a blank or whitespace reason with the message, then sends the trimmed one', async () => {
    const onSubmit = jest.fn();
    render(<Harness onSubmit={onSubmit} intro={<p>开启后支部可以修改</p>} />);
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('开启后支部可以修改')).toBeTruthy();
    expect(within(dialog).queryByText('请填写原因。')).toBeNull();

    fireEvent.click(ok(dialog));
    expect(await within(dialog).findByText('请填写原因。')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('原因'), { target: { value: '   ' } });
    fireEvent.click(ok(dialog));
    expect(onSubmit).not.toHaveBeenCalled();

    fireEvent.change(within(dialog).getByLabelText('原因'), { target: { value: ' 数据录入有误 ' } });
    expect(within(dialog).queryByText('请填写原因。')).toBeNull();
    fireEvent.click(ok(dialog));
    expect(onSubmit).toHaveBeenCalledWith('数据录入有误');
    // A submit that went through is not held: the caller clearing the field shows no message.
    fireEvent.change(within(dialog).getByLabelText('原因'), { target: { value: '' } });
    expect(within(dialog).queryByText('请填写原因。')).toBeNull();
  });

  it('shows why the last submit failed, and counts the characters up to the limit', async () => {
    render(<Harness initial="核对" failure="该季度已关闭" />);
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('alert').textContent).toContain('该季度已关闭');
    expect(within(dialog).getByText('2 / 20')).toBeTruthy();
    expect(within(dialog).getByLabelText('原因').getAttribute('maxlength')).toBe('20');
  });

  it('holds the submit while the further fields are incomplete, and tells them a submit was held', async () => {
    const onSubmit = jest.fn();
    const extra = jest.fn((submitted: boolean) => <p>{submitted ? '请选择期限' : '期限'}</p>);
    const { rerender } = render(<Harness initial="整改" valid={false} extra={extra} onSubmit={onSubmit} />);
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('期限')).toBeTruthy();
    fireEvent.click(ok(dialog));
    expect(await within(dialog).findByText('请选择期限')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();

    rerender(<Harness initial="整改" valid extra={extra} onSubmit={onSubmit} />);
    fireEvent.click(ok(dialog));
    expect(onSubmit).toHaveBeenCalledWith('整改');
  });

  it('forgets a tried submit once closed: reopened, it asks again only on the next try', async () => {
    const { rerender } = render(<Harness />);
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(ok(dialog));
    expect(await within(dialog).findByText('请填写原因。')).toBeTruthy();

    rerender(<Harness open={false} />);
    rerender(<Harness open />);
    const reopened = await screen.findByRole('dialog');
    expect(within(reopened).queryByText('请填写原因。')).toBeNull();
  });

  it('cancels through the caller', async () => {
    const onCancel = jest.fn();
    render(<Harness onCancel={onCancel} />);
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: /取\s*消/ }));
    expect(onCancel).toHaveBeenCalledTimes(1);
  });
});
