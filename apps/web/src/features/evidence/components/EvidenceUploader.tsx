import { CameraOutlined, InboxOutlined, UploadOutlined } from '@ant-design/icons';
import type { LocalizedText } from '@pathboard/scoring';
import { Alert, App, Button, Space, Tag, Typography, Upload } from 'antd';
import type { UploadFile, UploadProps } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppLanguage } from '../../../shared/i18n/use-app-language';
import { sessionStore } from '../../auth';
import { deleteEvidenceFile, uploadEvidenceFile } from '../http/evidence-http';
import {
  describeRefusal,
  failureReason,
  type RefusalDescription,
  refusalAdviceKey,
} from '../http/refusal-text';
import type { EvidenceFile } from '../hooks/useAssessmentEvidence';
import { EvidenceList } from './EvidenceList';
import { usePhone } from '../../../shared/layout/use-phone';

/** What the file picker offers; the server judges the content anyway (docs/evidence.md). */
export const EVIDENCE_ACCEPT = [
  '.jpg',
  '.jpeg',
  '.png',
  '.webp',
  '.heic',
  '.heif',
  '.pdf',
  '.doc',
  '.docx',
  '.xls',
  '.xlsx',
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/heic',
  'image/heif',
  'application/pdf',
].join(',');

export interface EvidenceUploaderProps {
  assessmentId: string;
  indicatorCode: string;
  /** Set: the files go with the coming answer of this rectification item, not the indicator value. */
  rectificationItemId?: string;
  files: readonly EvidenceFile[];
  editable: boolean;
  /** The framework's `evidence` of the indicator: required, with what to attach. */
  requirement?: { required: boolean; hint?: LocalizedText };
  /** The reviewer's return asked for evidence on this indicator. */
  requested?: boolean;
  /** After an upload or a removal: the screen refetches the files (an upload waits for it). */
  onChanged: () => unknown;
  /** Told when uploads start and when the last one is done: a dialog sending the files waits. */
  onUploadingChange?: (uploading: boolean) => void;
}

/**
 * The evidence of one indicator value on the branch's form: what is attached, and while the
 * assessment is editable drag-and-drop or pick files (several; the camera on a phone), each sent
 * on its own with its progress. A refused file is named with the reason; nothing of it is kept.
 *
 * On a phone (below antd's `md`) there is nothing to drag from, and the drop area was ~190 px tall
 * under every indicator of the form: there it is two buttons (pick files, take a photo) in one row.
 */
export function EvidenceUploader({
  assessmentId,
  indicatorCode,
  rectificationItemId,
  files,
  editable,
  requirement,
  requested,
  onChanged,
  onUploadingChange,
}: EvidenceUploaderProps) {
  const { t } = useTranslation();
  const { lang } = useAppLanguage();
  const { message } = App.useApp();
  const phone = usePhone();
  const [pending, setPending] = useState<UploadFile[]>([]);
  const [refusals, setRefusals] = useState<RefusalDescription[]>([]);
  const uploading = pending.some((f) => f.status === 'uploading');
  useEffect(() => onUploadingChange?.(uploading), [uploading, onUploadingChange]);

  const customRequest: UploadProps['customRequest'] = ({ file, onProgress, onSuccess, onError }) => {
    const blob = file as File;
    uploadEvidenceFile({
      assessmentId,
      indicatorCode,
      rectificationItemId,
      file: blob,
      token: sessionStore.token(),
      onProgress: (percent) => onProgress?.({ percent }),
    })
      .then(async (outcome) => {
        if (outcome.ok) {
          // Done once the screen has the stored file: until then it stays here as uploading, so it
          // never vanishes in between, and a dialog that sends it waits for the screen's refetch
          // (an answer sent meanwhile would have its own refetch merged into that older one).
          await Promise.resolve(onChanged()).catch(() => undefined);
          onSuccess?.(null);
          return;
        }
        if (outcome.status === 401) sessionStore.end('expired');
        const described = outcome.refusals.map((r) => describeRefusal(r, t, lang));
        setRefusals((previous) => [...previous, ...described]);
        onError?.(new Error(described.map((d) => d.text).join(' ')));
      })
      .catch((error: Error) => {
        // No answer came (offline, aborted): the same file may go through later.
        const described = describeRefusal(
          { file: blob.name, code: 'NETWORK', reason: error.message },
          t,
          lang,
        );
        setRefusals((previous) => [...previous, described]);
        onError?.(error);
      });
  };

  const uploadProps: UploadProps = {
    multiple: true,
    accept: EVIDENCE_ACCEPT,
    customRequest,
    fileList: pending,
    // Finished files leave this list: they appear above, from the server.
    onChange: ({ fileList }) => setPending(fileList.filter((f) => f.status !== 'done')),
    showUploadList: { showRemoveIcon: true, showPreviewIcon: false },
  };

  const onRemove = async (file: EvidenceFile) => {
    try {
      await deleteEvidenceFile(file.id, sessionStore.token());
      void message.success(t('evidence.removed', { name: file.name }));
    } catch (error) {
      void message.error(
        t('evidence.removeFailed', { name: file.name, reason: failureReason(error, t, lang) }),
      );
    } finally {
      await onChanged();
    }
  };

  const hint = requirement?.hint?.[lang];
  const uploadLabel = `${t('evidence.title')} ${indicatorCode}`;
  return (
    <div data-testid={`evidence-${indicatorCode}`} style={{ marginBottom: 8 }}>
      <Space size={4} wrap style={{ marginBottom: 4 }}>
        <Typography.Text>{t('evidence.title')}</Typography.Text>
        {requirement?.required ? <Tag color="red">{t('evidence.required')}</Tag> : null}
        {requested ? <Tag color="orange">{t('evidence.requested')}</Tag> : null}
      </Space>
      {hint ? (
        <Typography.Paragraph type="secondary" style={{ fontSize: 13, marginBottom: 4 }}>
          {requirement?.required ? t('evidence.requiredHint', { hint }) : hint}
        </Typography.Paragraph>
      ) : null}
      <EvidenceList
        files={files}
        onRemove={editable ? onRemove : undefined}
        emptyText={editable ? undefined : t('evidence.none')}
      />
      {refusals.length ? (
        <Alert
          type="error"
          showIcon
          closable
          onClose={() => setRefusals([])}
          style={{ marginTop: 8 }}
          message={
            <div>
              {refusals.map((refusal, i) => (
                <div key={i}>{refusal.text}</div>
              ))}
            </div>
          }
          description={t(refusalAdviceKey(refusals.map((r) => r.advice)))}
        />
      ) : null}
      {editable && !phone ? (
        <div style={{ marginTop: 8 }}>
          <Upload.Dragger {...uploadProps} aria-label={uploadLabel}>
            <p className="ant-upload-drag-icon" style={{ marginBottom: 4 }}>
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{t('evidence.drop')}</p>
            <p className="ant-upload-hint">{t('evidence.dropHint')}</p>
          </Upload.Dragger>
        </div>
      ) : null}
      {editable && phone ? (
        <div style={{ marginTop: 8 }}>
          <Space size={8} wrap>
            <Upload {...uploadProps} showUploadList={false} aria-label={uploadLabel}>
              <Button icon={<UploadOutlined />}>{t('evidence.pick')}</Button>
            </Upload>
            {/* Straight to the back camera. */}
            <Upload {...uploadProps} accept="image/*" capture="environment" showUploadList={false}>
              <Button icon={<CameraOutlined />}>{t('evidence.camera')}</Button>
            </Upload>
          </Space>
          <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '4px 0 0' }}>
            {t('evidence.dropHint')}
          </Typography.Paragraph>
          {/* The files on their way, under the row rather than inside it beside a button: an Upload
              without children shows only its list (antd hides its empty select area). */}
          <Upload {...uploadProps} />
        </div>
      ) : null}
    </div>
  );
}
