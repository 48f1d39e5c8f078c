import type { FormInstance } from 'antd';
import { Form } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { formatDeadline, fromDistrictWallClock } from '../../../../shared/formatting';
import { useAppLanguage } from '../../../../shared/i18n/use-app-language';

/**
 * Under a deadline picker: what the picked moment means, worded as every list words a deadline. The
 * picker shows a district midnight as "2027-01-11 00:00"; the lists say "2027年1月10日 24:00", and
 * without this an admin could "correct" it a day early.
 */
export function DeadlineHelp({ form }: { form: FormInstance }) {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  const picked = Form.useWatch<Dayjs | undefined>('deadline', form);
  return (
    <>
      {picked ? (
        <div data-testid="deadline-reads">
          {t('admin.periods.deadlineReads', {
            deadline: formatDeadline(fromDistrictWallClock(picked), language),
          })}
        </div>
      ) : null}
      {t('admin.periods.deadlineHelp')}
    </>
  );
}
