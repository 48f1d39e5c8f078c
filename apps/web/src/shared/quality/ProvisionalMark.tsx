import { Tag } from 'antd';
import { isProvisionalStatus } from '@pathboard/scoring';
import { useTranslation } from 'react-i18next';

/** The 暂定 mark beside a provisional rank or total (nothing for any other status); see provisional.ts. */
export function ProvisionalMark({ status, className }: { status?: string | null; className?: string }) {
  const { t } = useTranslation();
  if (!isProvisionalStatus(status)) return null;
  return (
    <Tag
      className={className}
      title={t('quality.provisionalHelp')}
      data-testid="provisional-mark"
      style={{ marginInlineStart: 4, marginInlineEnd: 0 }}
    >
      {t('quality.provisional')}
    </Tag>
  );
}
