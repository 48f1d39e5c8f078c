import type { FormInstance } from 'antd';
import { Form, Typography } from 'antd';
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
  const instant = picked ? fromDistrictWallClock(picked) : null;
  return (
    <>
      {instant ? (
        <div data-testid="deadline-reads">
          {t('admin.periods.deadlineReads', { deadline: formatDeadline(instant, language) })}
        </div>
      ) : null}
      {instant && Date.parse(instant) < Date.now() ? (
        // Allowed (a correction after the fact), but every branch that submits from now on is late.
        <div>
          <Typography.Text type="warning" data-testid="deadline-past">
            {t('admin.periods.deadlinePast')}
          </Typography.Text>
        </div>
      ) : null}
      {t('admin.periods.deadlineHelp')}
    </>
  );
}
