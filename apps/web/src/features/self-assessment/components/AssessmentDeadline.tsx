import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDeadline } from '../../../shared/formatting';
import { useAppLanguage } from '../../../shared/i18n/use-app-language';

/**
 * The header's "截止 …": the branch's own deadline (Assessment.deadline, its 单独延期 when it has one).
 * Later than the quarter's means extended (the API keeps an extension only when it is later), and the
 * header says so: a branch comparing with the quarter's notice must not take the date for a mistake.
 */
export function AssessmentDeadline({
  deadline,
  quarterDeadline,
}: {
  deadline: string;
  quarterDeadline: string | null | undefined;
}) {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  const extended = quarterDeadline ? Date.parse(deadline) > Date.parse(quarterDeadline) : false;
  return (
    <Typography.Text type="secondary">
      {t('assessment.deadline', {
        date: `${formatDeadline(deadline, language)}${extended ? t('branch.deadlineExtended') : ''}`,
      })}
    </Typography.Text>
  );
}
