import {
  DeleteOutlined,
  DownloadOutlined,
  EyeOutlined,
  FileExcelOutlined,
  FileOutlined,
  FilePdfOutlined,
  FileWordOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import { App, Button, Popconfirm, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppLanguage } from '../../../shared/i18n/use-app-language';
import { sessionStore } from '../../auth';
import { formatBytes, useFileDownload } from '../../reports';
import { fetchEvidenceBlob } from '../http/evidence-http';
import { failureReason } from '../http/refusal-text';
import type { EvidenceFile } from '../hooks/useAssessmentEvidence';
import { useObjectUrl } from '../hooks/useObjectUrl';

const BOX = 56;

function FileIcon({ file }: { file: EvidenceFile }) {
  const style = { fontSize: 28 };
  if (file.kind === 'PDF') return <FilePdfOutlined style={{ ...style, color: '#cf1322' }} />;
  if (/sheet|excel/.test(file.mimeType)) return <FileExcelOutlined style={{ ...style, color: '#389e0d' }} />;
  if (/word/.test(file.mimeType)) return <FileWordOutlined style={{ ...style, color: '#0958d9' }} />;
  return <FileOutlined style={style} />;
}

/** The server-made thumbnail of a photo, fetched with the token; an icon until (or unless) it loads. */
function Thumbnail({ file }: { file: EvidenceFile }) {
  const { t } = useTranslation();
  const { src } = useObjectUrl(file.thumbnailUrl);
  return (
    <div
      style={{
        width: BOX,
        height: BOX,
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        background: '#fafafa',
        border: '1px solid #f0f0f0',
        borderRadius: 4,
        overflow: 'hidden',
        flex: 'none',
      }}
    >
      {src ? (
        <img
          src={src}
          alt={t('evidence.thumbnailAlt', { name: file.name })}
          data-testid={`evidence-thumbnail-${file.id}`}
          style={{ maxWidth: BOX, maxHeight: BOX, objectFit: 'contain' }}
        />
      ) : (
        <FileIcon file={file} />
      )}
    </div>
  );
}

/**
 * Opens a file in a new tab: photos as the server's JPEG preview (HEIC converted), PDFs in the
 * browser's own viewer. The tab is opened at once (inside the click, so no popup blocker stops it)
 * and pointed at the bytes when they have arrived with the token.
 */
export async function openEvidence(file: EvidenceFile, token: string | null): Promise<void> {
  const tab = window.open('', '_blank');
  try {
    const blob = await fetchEvidenceBlob(file.previewUrl ?? file.url, token);
    const url = URL.createObjectURL(blob);
    if (tab) tab.location.href = url;
    else window.location.assign(url);
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  } catch (error) {
    tab?.close();
    throw error;
  }
}

export interface EvidenceListProps {
  files: readonly EvidenceFile[];
  /** Offered while the assessment is editable (the branch); absent for a reviewer. */
  onRemove?: (file: EvidenceFile) => Promise<void>;
  /** Plausibility flags (the server sends them to committee roles only). */
  showFlags?: boolean;
  emptyText?: string;
}

/** Files of one indicator value: thumbnail or icon, name and size, open, download, remove, flags. */
export function EvidenceList({ files, onRemove, showFlags = false, emptyText }: EvidenceListProps) {
  const { t } = useTranslation();
  const { lang, language } = useAppLanguage();
  const { message } = App.useApp();
  const download = useFileDownload();
  const [removing, setRemoving] = useState<string | null>(null);
  if (!files.length)
    return emptyText ? (
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {emptyText}
      </Typography.Text>
    ) : null;

  const open = (file: EvidenceFile) =>
    void openEvidence(file, sessionStore.token()).catch((error: unknown) =>
      message.error(t('evidence.openFailed', { name: file.name, reason: failureReason(error, t, lang) })),
    );
  const remove = async (file: EvidenceFile) => {
    setRemoving(file.id);
    try {
      await onRemove?.(file);
    } finally {
      setRemoving(null);
    }
  };

  return (
    <ul style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: 8 }}>
      {files.map((file) => (
        <li
          key={file.id}
          data-testid={`evidence-file-${file.indicatorCode}`}
          style={{ display: 'flex', gap: 8, alignItems: 'flex-start' }}
        >
          {file.kind === 'IMAGE' ? (
            <Thumbnail file={file} />
          ) : (
            <div style={{ width: BOX, height: BOX, display: 'grid', placeItems: 'center', flex: 'none' }}>
              <FileIcon file={file} />
            </div>
          )}
          <div style={{ minWidth: 0, flex: 1 }}>
            <Typography.Text ellipsis={{ tooltip: file.name }} style={{ display: 'block' }}>
              {file.name}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t(`evidence.kind.${file.kind}`)} · {formatBytes(file.sizeBytes, language)}
            </Typography.Text>
            {showFlags && file.flags.length ? (
              <div role="note" aria-label={t('evidence.flagsTitle')}>
                {file.flags.map((flag) => (
                  <div key={flag.code} style={{ fontSize: 12, marginTop: 2 }}>
                    <Tag color="warning" icon={<WarningOutlined />} style={{ marginInlineEnd: 4 }}>
                      {t(`evidence.flag.${flag.code}`, { defaultValue: t('evidence.flagsTitle') })}
                    </Tag>
                    <Typography.Text type="warning">{flag.message[lang]}</Typography.Text>
                  </div>
                ))}
              </div>
            ) : null}
            <Space size={0} wrap>
              {file.kind !== 'OFFICE' ? (
                <Button type="link" size="small" icon={<EyeOutlined />} onClick={() => open(file)}>
                  {t('evidence.open')}
                </Button>
              ) : null}
              <Button
                type="link"
                size="small"
                icon={<DownloadOutlined />}
                loading={download.active?.key === file.id}
                onClick={() => void download.start(file.id, file.url, file.name)}
              >
                {t('evidence.download')}
              </Button>
              {onRemove ? (
                <Popconfirm
                  title={t('evidence.removeConfirm', { name: file.name })}
                  okText={t('evidence.remove')}
                  cancelText={t('common.cancel')}
                  okButtonProps={{ danger: true }}
                  onConfirm={() => remove(file)}
                >
                  <Button
                    type="link"
                    size="small"
                    danger
                    icon={<DeleteOutlined />}
                    loading={removing === file.id}
                    aria-label={`${t('evidence.remove')} ${file.name}`}
                  >
                    {t('evidence.remove')}
                  </Button>
                </Popconfirm>
              ) : null}
            </Space>
          </div>
        </li>
      ))}
    </ul>
  );
}
