import { InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Modal, Result, Space, Typography, Upload } from 'antd';
import { useReducer } from 'react';
import { useTranslation } from 'react-i18next';
import { sessionStore } from '../../auth';
import { useDescribeError } from '../../../shared/errors';
import { formatPeriod } from '../../../shared/formatting';
import { useAppLanguage } from '../../../shared/i18n/use-app-language';
import { toErrorLike } from '../download/http-request-error';
import {
  fileProblem,
  importFlow,
  INITIAL_IMPORT_FLOW,
  MAX_IMPORT_BYTES,
  nothingToImport,
} from '../import/import-flow';
import type { ImportOutcome } from '../import/import-result';
import { uploadImport } from '../import/upload-import';
import { BranchChangesTable, ProblemTable, ReturnedWarning } from './ImportTables';

export interface ImportDialogProps {
  period: string;
  open: boolean;
  onClose: () => void;
  onImported?: () => void;
}

/** Upload a filled template → dry run (problems per row, or what would change) → confirm → applied. */
export function ImportDialog({ period, open, onClose, onImported }: ImportDialogProps) {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  const describe = useDescribeError();
  const [flow, dispatch] = useReducer(importFlow, INITIAL_IMPORT_FLOW);

  const send = async (dryRun: boolean, file: File) => {
    dispatch({ type: dryRun ? 'check' : 'apply' });
    try {
      const outcome = await uploadImport(file, { period, dryRun, token: sessionStore.token() });
      dispatch({ type: dryRun ? 'checked' : 'applied', outcome });
      if (!dryRun) onImported?.();
    } catch (error) {
      const words = describe(toErrorLike(error));
      if (words.backToLogin) sessionStore.end('expired');
      dispatch({ type: 'failed', message: [words.message, ...words.details].join(' ') });
    }
  };

  const counts = 'outcome' in flow ? flow.outcome.counts : null;
  const summary = (outcome: ImportOutcome) => ({
    ...outcome.counts,
    rows: outcome.rows ?? outcome.branches.length,
    changed: outcome.changedBranches ?? 0,
  });
  const file = 'file' in flow ? flow.file : null;
  const busy = flow.step === 'checking' || flow.step === 'applying';

  const footer = (
    <Space>
      {flow.step === 'problems' || flow.step === 'failed' || flow.step === 'ready' ? (
        <Button onClick={() => dispatch({ type: 'reset' })} disabled={busy}>
          {t('reports.import.another')}
        </Button>
      ) : null}
      <Button onClick={onClose} disabled={busy}>
        {t('reports.import.close')}
      </Button>
      {flow.step === 'ready' || flow.step === 'applying' ? (
        <Button
          type="primary"
          loading={flow.step === 'applying'}
          disabled={nothingToImport(flow.outcome)}
          onClick={() => file && void send(false, file)}
        >
          {flow.step === 'applying' ? t('reports.import.applying') : t('reports.import.apply')}
        </Button>
      ) : flow.step !== 'done' ? (
        <Button
          type="primary"
          loading={flow.step === 'checking'}
          disabled={!file || flow.step === 'problems'}
          onClick={() => file && void send(true, file)}
        >
          {flow.step === 'checking' ? t('reports.import.checking') : t('reports.import.check')}
        </Button>
      ) : null}
    </Space>
  );

  return (
    <Modal
      open={open}
      title={t('reports.import.title', { period: formatPeriod(period, language) })}
      onCancel={busy ? undefined : onClose}
      closable={!busy}
      maskClosable={false}
      footer={footer}
      width={760}
    >
      {flow.step === 'done' && counts ? (
        <>
          <Result status="success" title={t('reports.import.done', summary(flow.outcome))} />
          <BranchChangesTable branches={flow.outcome.branches} />
        </>
      ) : (
        <Space direction="vertical" size={12} style={{ width: '100%' }}>
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            {t('reports.import.intro')}
          </Typography.Paragraph>
          {flow.step === 'choose' || flow.step === 'checking' ? (
            <Form layout="vertical">
              <Form.Item
                label={t('reports.import.fileLabel')}
                validateStatus={flow.step === 'choose' && flow.error ? 'error' : undefined}
                help={flow.step === 'choose' ? flow.error : undefined}
              >
                <Upload.Dragger
                  accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                  maxCount={1}
                  disabled={busy}
                  fileList={file ? [{ uid: 'import', name: file.name, status: 'done' }] : []}
                  beforeUpload={(chosen) => {
                    const problem = fileProblem(chosen);
                    const error =
                      problem === 'type'
                        ? t('reports.import.wrongType')
                        : problem === 'size'
                          ? t('reports.import.tooLarge', { size: MAX_IMPORT_BYTES / 1024 / 1024 })
                          : undefined;
                    dispatch({ type: 'choose', file: chosen, error });
                    return false; // never let antd upload by itself: the dry run sends it with the token
                  }}
                  onRemove={() => dispatch({ type: 'choose', file: null })}
                >
                  <p className="ant-upload-drag-icon">
                    <InboxOutlined />
                  </p>
                  <p className="ant-upload-text">{t('reports.import.chooseFile')}</p>
                </Upload.Dragger>
              </Form.Item>
            </Form>
          ) : null}
          {flow.step === 'failed' ? (
            <Alert type="error" showIcon message={t('reports.import.failed')} description={flow.message} />
          ) : null}
          {(flow.step === 'ready' || flow.step === 'applying') && counts ? (
            <>
              <Alert
                type={nothingToImport(flow.outcome) ? 'info' : 'success'}
                showIcon
                message={
                  nothingToImport(flow.outcome)
                    ? t('reports.import.nothingToDo')
                    : t('reports.import.ready', summary(flow.outcome))
                }
              />
              <ReturnedWarning branches={flow.outcome.returnedBranches} />
              <BranchChangesTable branches={flow.outcome.branches} />
            </>
          ) : null}
          {flow.step === 'problems' ? (
            <>
              <Alert
                type="error"
                showIcon
                message={t('reports.import.problems', { count: flow.outcome.problems.length })}
              />
              <ProblemTable problems={flow.outcome.problems} />
            </>
          ) : null}
        </Space>
      )}
    </Modal>
  );
}
