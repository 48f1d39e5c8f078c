import { CloseOutlined, FileExcelOutlined, FilePdfOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Space, Tooltip } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth';
import { progressPercent } from '../download/download-file';
import { formatBytes } from '../download/format-bytes';
import { fallbackFilename, type ReportKind, unitReportUrl } from '../download/report-urls';
import { useFileDownload } from '../hooks/useFileDownload';
import { ImportDialog } from './ImportDialog';
import { useAppLanguage } from '../../../shared/i18n/use-app-language';

export interface ReportButtonsProps {
  unitId: string;
  unitName: string;
  period: string;
  /** After an import changed data: the screen reloads its figures. */
  onImported?: () => void;
}

const ICONS: Record<ReportKind, ReactNode> = {
  quarterlyPdf: <FilePdfOutlined />,
  quarterlyXlsx: <FileExcelOutlined />,
  importTemplate: <FileExcelOutlined />,
};

/**
 * The unit's quarterly report, its data workbook, the import template and the import itself. The
 * template and the import are for those who may enter data for others (administrators, reviewers);
 * the API checks that again.
 */
export function ReportButtons({ unitId, unitName, period, onImported }: ReportButtonsProps) {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  const { session } = useSession();
  const { active, start, cancel } = useFileDownload();
  const [importOpen, setImportOpen] = useState(false);
  const mayImport = session?.user.role === 'ADMIN' || session?.user.role === 'REVIEWER';
  const kinds: ReportKind[] = mayImport
    ? ['quarterlyPdf', 'quarterlyXlsx', 'importTemplate']
    : ['quarterlyPdf', 'quarterlyXlsx'];

  const label = (kind: ReportKind) => {
    if (active?.key !== kind) return t(`reports.${kind}`);
    const percent = progressPercent(active.progress);
    if (percent !== null) return t('reports.downloadingPercent', { percent });
    if (active.progress && active.progress.loaded > 0)
      return t('reports.downloadingBytes', { size: formatBytes(active.progress.loaded, language) });
    return t('reports.downloading');
  };

  return (
    <Space wrap size={8} role="group" aria-label={t('reports.exportLabel')}>
      {kinds.map((kind) => (
        <Space.Compact key={kind}>
          <Button
            icon={ICONS[kind]}
            loading={active?.key === kind}
            disabled={active !== null && active.key !== kind}
            aria-live="polite"
            onClick={() =>
              void start(
                kind,
                unitReportUrl(kind, unitId, period),
                fallbackFilename(kind, unitName, period, language === 'en' ? 'en' : 'zh'),
              )
            }
          >
            {label(kind)}
          </Button>
          {active?.key === kind ? (
            <Tooltip title={t('reports.cancel')}>
              <Button icon={<CloseOutlined />} aria-label={t('reports.cancel')} onClick={cancel} />
            </Tooltip>
          ) : null}
        </Space.Compact>
      ))}
      {mayImport ? (
        <Button icon={<UploadOutlined />} onClick={() => setImportOpen(true)}>
          {t('reports.importValues')}
        </Button>
      ) : null}
      {importOpen ? (
        <ImportDialog period={period} open onClose={() => setImportOpen(false)} onImported={onImported} />
      ) : null}
    </Space>
  );
}
