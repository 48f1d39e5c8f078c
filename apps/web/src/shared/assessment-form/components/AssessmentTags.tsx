import { gradeColor } from '@pathboard/charts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AssessmentStatus } from '../../../generated/graphql';
import { useAppLanguage } from '../../i18n/use-app-language';

const STATUS_COLORS: Record<AssessmentStatus, string> = {
  DRAFT: 'default',
  SUBMITTED: 'processing',
  RETURNED: 'warning',
  APPROVED: 'success',
};

/** `wrap`: in a narrow table column a long status ("Submitted, awaiting review") wraps in its tag. */
export function AssessmentStatusTag({ status, wrap = false }: { status: AssessmentStatus; wrap?: boolean }) {
  const { t } = useTranslation();
  return (
    <Tag
      color={STATUS_COLORS[status]}
      style={wrap ? { whiteSpace: 'normal', maxWidth: '100%', marginInlineEnd: 0 } : undefined}
    >
      {t(`assessment.status.${status}`)}
    </Tag>
  );
}

/** A grade in the shared grade colours (charts, tables and the PDF report agree). */
export function GradeTag({
  grade,
}: {
  grade: { code: string; name: { zh: string; en: string } } | null | undefined;
}) {
  const { lang } = useAppLanguage();
  if (!grade) return null;
  return (
    <Tag color={gradeColor(grade.code)} style={{ marginInlineEnd: 0 }}>
      {grade.name[lang]}
    </Tag>
  );
}

export function SectorText({ sector }: { sector: string | null | undefined }) {
  const { t } = useTranslation();
  return <>{sector ? t(`assessment.sector.${sector}`, { defaultValue: sector }) : t('common.missing')}</>;
}
