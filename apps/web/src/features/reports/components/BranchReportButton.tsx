import { FilePdfOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { progressPercent } from '../download/download-file';
import { branchReportUrl } from '../download/report-urls';
import { useFileDownload } from '../hooks/useFileDownload';

export interface BranchReportButtonProps {
  branchId: string;
  branchName: string;
  period: string;
}

/**
 * The one-page report of one branch for a quarter (支部考评报告 PDF). A branch user may download its
 * own only; committees any branch in scope — the API checks both.
 */
export function BranchReportButton({ branchId, branchName, period }: BranchReportButtonProps) {
  const { t } = useTranslation();
  const { active, start } = useFileDownload();
  const percent = active ? progressPercent(active.progress) : null;
  const label = !active
    ? t('reports.branchPdf')
    : percent !== null
      ? t('reports.downloadingPercent', { percent })
      : t('reports.downloading');
  return (
    <Button
      icon={<FilePdfOutlined />}
      loading={active !== null}
      aria-live="polite"
      onClick={() =>
        void start('branchPdf', branchReportUrl(branchId, period), `${branchName}_${period}_考评报告.pdf`)
      }
    >
      {label}
    </Button>
  );
}
