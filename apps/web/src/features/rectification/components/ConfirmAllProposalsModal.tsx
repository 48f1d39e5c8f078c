import { useMutation } from '@apollo/client';
import { TEXT_LIMITS } from '@pathboard/text-limits';
import { App, DatePicker, Form, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { districtEndOfDayIn, fromDistrictWallClock } from '../../../shared/formatting';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReasonDialog } from '../../../shared/components/ReasonDialog';
import { useDescribeError } from '../../../shared/errors';
import {
  CREATE_RECTIFICATION,
  RECTIFICATION_PROPOSALS,
  RECTIFICATIONS,
} from '../graphql/rectification.operations';
import { DEFAULT_DAYS, type PendingRectification, type RectificationDraft } from './CreateRectificationModal';

/**
 * 全部确认: every listed proposal becomes an item at once, each with its own problem and one
 * required action and deadline for all (the reviewer edits them first). While a decision is
 * pending the items are kept for it; otherwise each is assigned now.
 */
export function ConfirmAllProposalsModal({
  assessmentId,
  proposals,
  open,
  onClose,
  onCollect,
}: {
  assessmentId: string;
  proposals: readonly (RectificationDraft & { indicatorName: string })[];
  open: boolean;
  onClose: () => void;
  onCollect?: (items: PendingRectification[]) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const describe = useDescribeError();
  const [requiredAction, setRequiredAction] = useState('');
  const [deadline, setDeadline] = useState<Dayjs | null>(null);
  const [busy, setBusy] = useState(false);
  const [create] = useMutation(CREATE_RECTIFICATION, {
    refetchQueries: [RECTIFICATIONS, RECTIFICATION_PROPOSALS],
  });
  // Fresh defaults on each opening.
  useEffect(() => {
    if (open) {
      setRequiredAction(t('rectification.panel.defaultAction'));
      setDeadline(districtEndOfDayIn(DEFAULT_DAYS));
    }
  }, [open, t]);
  const submit = async (action: string) => {
    if (!deadline) return;
    const items = proposals.map((p) => ({
      indicatorCode: p.indicatorCode,
      problem: p.problem,
      requiredAction: action,
      deadline: fromDistrictWallClock(deadline),
    }));
    if (onCollect) {
      onCollect(items);
      void message.success(t('rectification.panel.addedAll', { count: items.length }));
      onClose();
      return;
    }
    setBusy(true);
    let done = 0;
    try {
      for (const item of items) {
        await create({ variables: { input: { assessmentId, ...item } } });
        done++;
      }
      void message.success(t('rectification.panel.createdAll', { count: done }));
      onClose();
    } catch (err) {
      // The items before the failing one are assigned; the list shows which are left.
      void message.error(describe(err).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <ReasonDialog
      open={open}
      title={t('rectification.panel.confirmAllTitle', { count: proposals.length })}
      confirmLoading={busy}
      label={t('rectification.panel.requiredActionAll')}
      inputId="confirmAllProposals_requiredAction"
      requiredMessage={t('rectification.panel.required')}
      rows={{ minRows: 2, maxRows: 6 }}
      maxLength={TEXT_LIMITS.rectificationRequiredAction}
      reason={requiredAction}
      onReasonChange={setRequiredAction}
      onSubmit={(action) => void submit(action)}
      onCancel={onClose}
      destroyOnHidden
      intro={
        <ul data-testid="confirm-all-list" style={{ paddingInlineStart: 16 }}>
          {proposals.map((p) => (
            <li key={p.indicatorCode}>
              <Tag>{p.indicatorName}</Tag>
              <Typography.Text>{p.problem}</Typography.Text>
            </li>
          ))}
        </ul>
      }
      valid={deadline !== null}
      extra={(submitted) => (
        <Form.Item
          label={t('rectification.panel.deadline')}
          htmlFor="confirmAllProposals_deadline"
          required
          validateStatus={submitted && !deadline ? 'error' : undefined}
          help={submitted && !deadline ? t('rectification.panel.required') : undefined}
        >
          <DatePicker
            id="confirmAllProposals_deadline"
            value={deadline}
            onChange={setDeadline}
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            style={{ width: 220 }}
          />
        </Form.Item>
      )}
    />
  );
}
