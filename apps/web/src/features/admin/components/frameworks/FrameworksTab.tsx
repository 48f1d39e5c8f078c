import { useMutation, useQuery } from '@apollo/client';
import { InboxOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Empty,
  Form,
  Result,
  Skeleton,
  Space,
  Table,
  Tag,
  Tooltip,
  Upload,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminFrameworksQuery } from '../../../../generated/graphql';
import { useDescribeError } from '../../../../shared/errors';
import { formatDateTime } from '../../../../shared/formatting';
import { useAppLanguage } from '../../../../shared/i18n/use-app-language';
import { ADMIN_FRAMEWORKS, IMPORT_FRAMEWORK } from '../../graphql/admin.operations';
import {
  checkFrameworkFile,
  type FrameworkFileCheck,
  type FrameworkIssueRow,
  issuesFromImportError,
} from '../../model/framework-file';
import { FrameworkIssuesTable } from './FrameworkIssuesTable';
import { FrameworkEditor } from './FrameworkEditor';
import { FrameworkView } from './FrameworkView';

type FrameworkItem = AdminFrameworksQuery['frameworks'][number];

/** Import a framework file (checked in the browser, then by the API) and list the versions there are. */
export function FrameworksTab() {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  const lang = language === 'en' ? 'en' : 'zh';
  const { message } = App.useApp();
  const describe = useDescribeError();
  const list = useQuery(ADMIN_FRAMEWORKS);
  const [importFramework, importing] = useMutation(IMPORT_FRAMEWORK, { refetchQueries: ['AdminFrameworks'] });
  const [file, setFile] = useState<{ name: string; check: FrameworkFileCheck } | null>(null);
  const [serverIssues, setServerIssues] = useState<FrameworkIssueRow[]>([]);
  const [serverError, setServerError] = useState<string | null>(null);
  const [viewing, setViewing] = useState<string | null>(null);
  const [editing, setEditing] = useState<{ id: string; versions: number[] } | null>(null);

  const choose = async (chosen: File) => {
    setServerIssues([]);
    setServerError(null);
    if (!/\.json$/i.test(chosen.name)) {
      setFile({ name: chosen.name, check: { ok: false, issues: [] } });
      setServerError(t('admin.frameworks.notJson'));
      return;
    }
    setFile({ name: chosen.name, check: checkFrameworkFile(await chosen.text()) });
  };

  const submit = async () => {
    if (!file?.check.ok) return;
    try {
      const result = await importFramework({ variables: { definition: file.check.definition } });
      const created = result.data?.importFramework;
      if (result.errors?.length) throw { graphQLErrors: result.errors };
      void message.success(
        t('admin.frameworks.imported', { name: created?.name[lang], version: created?.version }),
      );
      setFile(null);
    } catch (error) {
      const issues = issuesFromImportError(error);
      setServerIssues(issues);
      setServerError(issues.length ? null : describe(error).message);
    }
  };

  const check = file?.check;
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Card size="small" title={t('admin.frameworks.importTitle')}>
        <Space direction="vertical" size={12} style={{ width: '100%' }}>
          <Alert type="info" showIcon message={t('admin.frameworks.importHint')} />
          <Form layout="vertical">
            <Form.Item label={t('admin.frameworks.fileLabel')} style={{ marginBottom: 0 }}>
              <Upload.Dragger
                accept=".json,application/json"
                maxCount={1}
                fileList={
                  file ? [{ uid: 'framework', name: file.name, status: check?.ok ? 'done' : 'error' }] : []
                }
                beforeUpload={(chosen) => {
                  void choose(chosen);
                  return false; // read here; the mutation sends the parsed definition
                }}
                onRemove={() => {
                  setFile(null);
                  setServerIssues([]);
                  setServerError(null);
                }}
              >
                <p className="ant-upload-drag-icon">
                  <InboxOutlined />
                </p>
                <p className="ant-upload-text">{t('admin.frameworks.choose')}</p>
              </Upload.Dragger>
            </Form.Item>
          </Form>
          {check?.ok ? (
            <Alert
              type="success"
              showIcon
              message={t('admin.frameworks.valid', { ...check.summary, name: check.summary.name[lang] })}
            />
          ) : null}
          {check && !check.ok && check.issues.length ? (
            <>
              <Alert
                type="error"
                showIcon
                message={t('admin.frameworks.invalid', { count: check.issues.length })}
              />
              <FrameworkIssuesTable issues={check.issues} />
            </>
          ) : null}
          {serverIssues.length ? (
            <>
              <Alert
                type="error"
                showIcon
                message={t('admin.frameworks.serverInvalid', { count: serverIssues.length })}
              />
              <FrameworkIssuesTable issues={serverIssues} />
            </>
          ) : null}
          {serverError ? <Alert type="error" showIcon message={serverError} /> : null}
          <Button
            type="primary"
            disabled={!check?.ok}
            loading={importing.loading}
            onClick={() => void submit()}
          >
            {t('admin.frameworks.submit')}
          </Button>
        </Space>
      </Card>
      <Card size="small" title={t('admin.frameworks.list')}>
        {list.loading && !list.data ? (
          <Skeleton active />
        ) : list.error && !list.data ? (
          <Result
            status="error"
            title={t('admin.loadFailed')}
            subTitle={describe(list.error).message}
            extra={<Button onClick={() => void list.refetch()}>{t('common.retry')}</Button>}
          />
        ) : (
          <Table<FrameworkItem>
            size="small"
            rowKey="id"
            pagination={false}
            scroll={{ x: 760 }}
            locale={{ emptyText: <Empty description={t('admin.frameworks.empty')} /> }}
            dataSource={list.data?.frameworks ?? []}
            columns={[
              { title: t('admin.frameworks.name'), render: (_, f) => f.name[lang] },
              { title: t('admin.frameworks.code'), dataIndex: 'code', width: 200 },
              { title: t('admin.frameworks.version'), dataIndex: 'version', width: 80, align: 'right' },
              {
                title: t('admin.frameworks.size'),
                width: 130,
                render: (_, f) =>
                  t('admin.frameworks.sizeValue', {
                    paths: f.paths.length,
                    indicators: f.paths.reduce((n, p) => n + p.indicators.length, 0),
                  }),
              },
              {
                title: t('admin.frameworks.state'),
                width: 100,
                render: (_, f) =>
                  f.locked ? (
                    <Tooltip title={t('admin.frameworks.lockedHint')}>
                      <Tag color="blue">{t('admin.frameworks.locked')}</Tag>
                    </Tooltip>
                  ) : (
                    <Tag>{t('admin.frameworks.unlocked')}</Tag>
                  ),
              },
              {
                title: t('admin.frameworks.createdAt'),
                width: 190,
                render: (_, f) => formatDateTime(f.createdAt, language),
              },
              {
                key: 'view',
                width: 180,
                render: (_, f) => (
                  <Space size="small">
                    <Button size="small" onClick={() => setViewing(f.id)}>
                      {t('admin.frameworks.view.open')}
                    </Button>
                    <Button
                      size="small"
                      onClick={() =>
                        setEditing({
                          id: f.id,
                          versions: (list.data?.frameworks ?? [])
                            .filter((o) => o.code === f.code)
                            .map((o) => o.version),
                        })
                      }
                    >
                      {t('admin.frameworks.editor.open')}
                    </Button>
                  </Space>
                ),
              },
            ]}
          />
        )}
      </Card>
      <FrameworkView id={viewing} onClose={() => setViewing(null)} />
      <FrameworkEditor
        baseId={editing?.id ?? null}
        versions={editing?.versions ?? []}
        onClose={() => setEditing(null)}
      />
    </Space>
  );
}
