import { useMutation, useQuery } from '@apollo/client';
import { Alert, App, Button, DatePicker, Form, List, Modal, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDescribeError } from '../../../../shared/errors';
import {
  formatDateTime,
  formatDeadline,
  formatPeriod,
  fromDistrictWallClock,
  toDistrictWallClock,
} from '../../../../shared/formatting';
import { useAppLanguage } from '../../../../shared/i18n/use-app-language';
import { branchMatches, leafBranches, type OrgNode } from '../../../../shared/org/org-tree';
import { DEADLINE_EXTENSIONS, EXTEND_DEADLINE } from '../../graphql/deadline-extensions.operations';
import { BRANCH_PICKER_TREE } from '../../../../shared/org/org-period.operations';
import { DeadlineHelp } from './DeadlineHelp';
import { DeadlineReasonField } from './DeadlineReasonField';

export interface ExtensionPeriod {
  code: string;
  /** The quarter's deadline every other branch has (ISO 8601, UTC). */
  deadline: string;
}

interface Values {
  branchId: string;
  deadline: Dayjs;
  reason: string;
}

/**
 * The 单独延期 action of an open quarter's row: the button and its dialog, so PeriodsTab only places it.
 */
export function DeadlineExtensionButton({ period }: { period: ExtensionPeriod }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)}>
        {t('admin.extensions.action')}
      </Button>
      {open ? <DeadlineExtensionModal period={period} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

/**
 * 单独延期: give one branch of an open quarter a later deadline, with the reason the audit keeps, and
 * see the quarter's extensions. On-time counts the branch's extension (docs/metrics.md "On time").
 * Granting one for a branch that has one replaces it (the API's rule), which the dialog says.
 */
export function DeadlineExtensionModal({
  period,
  onClose,
}: {
  period: ExtensionPeriod;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  const { message } = App.useApp();
  const describe = useDescribeError();
  const [form] = Form.useForm<Values>();
  const [failure, setFailure] = useState<string | null>(null);
  const quarterDeadline = formatDeadline(period.deadline, language);

  // The whole tree, as the compare page's picker loads it (not normalized: 5,000 units in the cache
  // would cost more than the one request), with the pinyin branchMatches searches ("hp" finds 和平…).
  const tree = useQuery(BRANCH_PICKER_TREE, { fetchPolicy: 'no-cache' });
  const branches = useMemo(
    () => (tree.data ? leafBranches(tree.data.orgTree as OrgNode).filter((b) => b.active) : []),
    [tree.data],
  );
  const byId = useMemo(() => new Map(branches.map((b) => [b.id, b])), [branches]);
  const extensions = useQuery(DEADLINE_EXTENSIONS, {
    variables: { period: period.code },
    fetchPolicy: 'cache-and-network',
  });
  const list = extensions.data?.deadlineExtensions ?? [];
  const [extend, { loading }] = useMutation(EXTEND_DEADLINE, {
    refetchQueries: [{ query: DEADLINE_EXTENSIONS, variables: { period: period.code } }],
    awaitRefetchQueries: true,
  });

  const pickedBranch = Form.useWatch('branchId', form);
  const existing = list.find((e) => e.branchId === pickedBranch);
  // The picker holds the district's wall clock: a day is offered while some moment of it is later.
  const quarterWall = toDistrictWallClock(period.deadline);

  const submit = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const deadline = fromDistrictWallClock(values.deadline);
    try {
      await extend({
        variables: {
          input: { period: period.code, branchId: values.branchId, deadline, reason: values.reason.trim() },
        },
      });
      void message.success(
        t('admin.extensions.granted', {
          branch: byId.get(values.branchId)?.name ?? '',
          deadline: formatDeadline(deadline, language),
        }),
      );
      setFailure(null);
      // Stays open on the updated list: the next branch is often granted right after.
      form.resetFields();
    } catch (error) {
      setFailure(describe(error).message);
    }
  };

  return (
    <Modal
      open
      title={t('admin.extensions.title', { period: formatPeriod(period.code, language) })}
      okText={t('admin.extensions.ok')}
      cancelText={t('admin.extensions.close')}
      confirmLoading={loading}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {t('admin.extensions.intro', { deadline: quarterDeadline })}
      </Typography.Paragraph>
      {failure ? <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} /> : null}
      <Form form={form} layout="vertical" preserve={false} initialValues={{ reason: '' }}>
        <Form.Item
          name="branchId"
          label={t('admin.extensions.branch')}
          rules={[{ required: true, message: t('admin.extensions.branchRequired') }]}
          extra={
            existing ? (
              <Typography.Text type="warning" data-testid="extension-replaces">
                {t('admin.extensions.replaces', { deadline: formatDeadline(existing.deadline, language) })}
              </Typography.Text>
            ) : undefined
          }
        >
          <Select
            showSearch
            loading={tree.loading}
            placeholder={t('admin.extensions.branchPlaceholder')}
            options={branches.map((b) => ({
              value: b.id,
              label: [b.name, b.parentName, b.code].filter(Boolean).join(' · '),
            }))}
            filterOption={(input, option) => {
              const branch = option ? byId.get(String(option.value)) : undefined;
              return branch ? branchMatches(branch, input) : false;
            }}
          />
        </Form.Item>
        <Form.Item
          name="deadline"
          label={t('admin.extensions.deadline')}
          extra={<DeadlineHelp form={form} />}
          rules={[
            { required: true, message: t('admin.extensions.deadlineRequired') },
            {
              // The API refuses it too; checked here so the admin learns it before sending.
              validator: (_, value: Dayjs | undefined) =>
                !value || Date.parse(fromDistrictWallClock(value)) > Date.parse(period.deadline)
                  ? Promise.resolve()
                  : Promise.reject(
                      new Error(t('admin.extensions.deadlineNotLater', { deadline: quarterDeadline })),
                    ),
            },
          ]}
        >
          <DatePicker
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            style={{ width: 220 }}
            disabledDate={(day) => !day.endOf('day').isAfter(quarterWall)}
          />
        </Form.Item>
        <DeadlineReasonField
          label={t('admin.extensions.reason')}
          requiredMessage={t('admin.extensions.reasonRequired')}
        />
      </Form>
      <Typography.Title level={5}>{t('admin.extensions.existing')}</Typography.Title>
      {extensions.error && !extensions.data ? (
        <Alert type="error" showIcon message={describe(extensions.error).message} />
      ) : (
        <List
          size="small"
          loading={extensions.loading && !extensions.data}
          dataSource={list}
          locale={{ emptyText: t('admin.extensions.none') }}
          rowKey="branchId"
          renderItem={(e) => (
            // One block per branch, not a table: the dialog is read on phones too.
            <List.Item data-testid="extension-item">
              <List.Item.Meta
                title={
                  <>
                    {e.branchName}{' '}
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {e.branchCode}
                    </Typography.Text>
                  </>
                }
                description={
                  <>
                    <div>
                      {t('admin.extensions.itemDeadline', { deadline: formatDeadline(e.deadline, language) })}
                    </div>
                    <div>{t('admin.extensions.itemReason', { reason: e.reason })}</div>
                    <div>
                      {t('admin.extensions.itemBy', {
                        who: e.createdByName ?? t('admin.extensions.unknownUser'),
                        at: formatDateTime(e.createdAt, language),
                      })}
                    </div>
                  </>
                }
              />
            </List.Item>
          )}
        />
      )}
    </Modal>
  );
}
