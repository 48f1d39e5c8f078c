import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDeadline, formatPeriod } from '../../../shared/formatting';
import { useAppLanguage } from '../../../shared/i18n/use-app-language';
import { useQuery } from '@apollo/client';
import { isEditable } from '../../../shared/assessment-form/hooks/useAssessment';
import { ASSESSMENT_STATUS } from '../graphql/branch.operations';
import { defaultEditablePeriod, type PeriodInfo } from '../../../shared/assessment-form/hooks/usePeriods';
import { isExtendedDeadline } from '../logic/extended-deadline';

/**
 * For the branch itself: the open quarter's self-assessment still to do (or returned), by when, one
 * click away.
 */
export function CurrentQuarterNotice({
  branchId,
  periods,
}: {
  branchId: string;
  periods: readonly PeriodInfo[];
}) {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  const open = periods.find((p) => p.status === 'OPEN') ? defaultEditablePeriod(periods) : null;
  const { data } = useQuery(ASSESSMENT_STATUS, {
    variables: { branchId, period: open ?? '' },
    skip: !open,
    fetchPolicy: 'network-only',
  });
  const assessment = data?.assessment;
  if (!open || !assessment || !isEditable(assessment)) return null;
  const quarter = periods.find((p) => p.code === open);
  return (
    <Alert
      type={assessment.status === 'RETURNED' ? 'error' : 'info'}
      showIcon
      message={t('branch.currentOpen', {
        period: formatPeriod(open, language),
        status: t(`assessment.status.${assessment.status}`),
        // The branch's own deadline: the quarter's, or its extension (延期) when it has one, said as
        // such so a branch does not take the later date for a mistake (the API picks it: assessment.deadline).
        deadline: `${formatDeadline(assessment.deadline, language)}${
          quarter && isExtendedDeadline(assessment.deadline, quarter.deadline)
            ? t('branch.deadlineExtended')
            : ''
        }`,
      })}
      action={
        <Link to={`/self-assessment?period=${open}`}>
          <Button type="primary" size="small">
            {t('branch.goSelfAssess')}
          </Button>
        </Link>
      }
    />
  );
}
