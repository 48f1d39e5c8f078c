import { FileZipOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { progressPercent, useFileDownload } from '../../reports';
import { evidenceArchiveUrl } from '../http/evidence-http';

export interface EvidenceArchiveButtonProps {
  assessmentId: string;
  /** For the fallback name when the server sends none. */
  branchName: string;
  period: string;
  disabled?: boolean;
}

/** One assessment's evidence as a ZIP for the archive (归档), one folder per indicator. */
export function EvidenceArchiveButton({
  assessmentId,
  branchName,
  period,
  disabled,
}: EvidenceArchiveButtonProps) {
  const { t } = useTranslation();
  const { active, start } = useFileDownload();
  const percent = active ? progressPercent(active.progress) : null;
  return (
    <Tooltip title={t('evidence.archiveHint')}>
      <Button
        icon={<FileZipOutlined />}
        loading={active !== null}
        disabled={disabled}
        aria-live="polite"
        onClick={() =>
          void start('evidenceZip', evidenceArchiveUrl(assessmentId), `${branchName}_${period}_佐证材料.zip`)
        }
      >
        {percent !== null ? `${t('evidence.archive')} ${percent}%` : t('evidence.archive')}
      </Button>
    </Tooltip>
  );
}
