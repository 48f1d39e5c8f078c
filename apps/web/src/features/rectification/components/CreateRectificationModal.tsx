import { useMutation } from '@apollo/client';
import { TEXT_LIMITS } from '@pathboard/text-limits';
import { App, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { districtEndOfDayIn, fromDistrictWallClock } from '../../../shared/formatting';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useDescribeError } from '../../../shared/errors';
import { useAppLanguage } from '../../../shared/i18n/use-app-language';
import type { IndicatorChoice } from '../model/indicator-choices';
import {
  CREATE_RECTIFICATION,
  RECTIFICATION_PROPOSALS,
  RECTIFICATIONS,
} from '../graphql/rectification.operations';

/** Default time a branch gets to rectify; the reviewer changes it freely. */
export const DEFAULT_DAYS = 30;

export interface RectificationDraft {
  indicatorCode: string;
  problem: string;
}

/** An item the reviewer confirmed, sent with approve/return (reviewAssessment's `rectifications`). */
export interface PendingRectification {
  indicatorCode: string;
  problem: string;
  requiredAction: string;
  /** ISO instant. */
  deadline: string;
}

interface Values {
  indicatorCode: string;
  problem: string;
  requiredAction: string;
  deadline: Dayjs;
}

/** The reviewer confirms (and edits) a proposal, or writes another item, and assigns it to the branch. */
export function CreateRectificationModal({
  indicators,
  assessmentId,
  draft,
  onClose,
  onCollect,
}: {
  /** What the item can be about: the assessment framework's indicators, chosen by name. */
  indicators: readonly IndicatorChoice[];
  assessmentId: string;
  draft: RectificationDraft | null;
  onClose: () => void;
  /** Set while the assessment awaits a decision: the item is kept for the decision instead of created now. */
  onCollect?: (item: PendingRectification) => void;
}) {
  const { t } = useTranslation();
  const { lang } = useAppLanguage();
  const { message } = App.useApp();
  const describe = useDescribeError();
  const [form] = Form.useForm<Values>();
  const [create, { loading }] = useMutation(CREATE_RECTIFICATION, {
    refetchQueries: [RECTIFICATIONS, RECTIFICATION_PROPOSALS],
  });
  useEffect(() => {
    if (draft)
      form.setFieldsValue({
        ...draft,
        requiredAction: '',
        deadline: districtEndOfDayIn(DEFAULT_DAYS),
      });
  }, [draft, form]);
  const submit = async () => {
    // Rejected while a field is wrong: the form already shows why under the field (and Modal's
    // onOk leaves the promise alone, so a rejection here would go unhandled).
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const item: PendingRectification = {
      indicatorCode: v.indicatorCode.trim(),
      problem: v.problem.trim(),
      requiredAction: v.requiredAction.trim(),
      deadline: fromDistrictWallClock(v.deadline),
    };
    if (onCollect) {
      onCollect(item);
      void message.success(t('rectification.panel.added'));
      onClose();
      return;
    }
    try {
      await create({ variables: { input: { assessmentId, ...item } } });
      void message.success(t('rectification.panel.created'));
      onClose();
    } catch (err) {
      void message.error(describe(err).message);
    }
  };
  const required = [{ required: true, whitespace: true, message: t('rectification.panel.required') }];
  return (
    <Modal
      open={!!draft}
      title={t('rectification.panel.createTitle')}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={loading}
      destroyOnHidden
      forceRender
    >
      <Form form={form} layout="vertical">
        <Form.Item name="indicatorCode" label={t('rectification.panel.indicator')} rules={required}>
          <Select
            showSearch
            optionFilterProp="label"
            disabled={!!draft?.indicatorCode}
            placeholder={t('rectification.panel.indicatorPlaceholder')}
            // Grouped by path, named as the framework names them (the code stays the value sent).
            options={[...new Set(indicators.map((i) => i.pathName[lang]))].map((path) => ({
              label: path,
              title: path,
              options: indicators
                .filter((i) => i.pathName[lang] === path)
                .map((i) => ({ value: i.code, label: i.name[lang] })),
            }))}
          />
        </Form.Item>
        <Form.Item name="problem" label={t('rectification.panel.problem')} rules={required}>
          <Input.TextArea rows={2} maxLength={TEXT_LIMITS.rectificationProblem} />
        </Form.Item>
        <Form.Item name="requiredAction" label={t('rectification.panel.requiredAction')} rules={required}>
          <Input.TextArea rows={2} maxLength={TEXT_LIMITS.rectificationRequiredAction} />
        </Form.Item>
        <Form.Item
          name="deadline"
          label={t('rectification.panel.deadline')}
          rules={[{ required: true, message: t('rectification.panel.required') }]}
        >
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: 220 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
