import { useApolloClient } from '@apollo/client';
import { Space } from 'antd';
import { useSession } from '../auth';
import { ReminderLogButton, RemindUnsubmittedButton } from '../notifications';
import { compareHref } from '../../shared/links/compare-url';
import { RectificationCountsCard } from '../rectification';
import { ReportButtons } from '../reports';
import { OverviewPage } from './components/OverviewPage';

/**
 * The overview as routed: the dashboard with the report downloads and the import in its toolbar.
 * Default export for React.lazy, so the charts load only when someone opens it.
 */
export default function OverviewScreen() {
  const client = useApolloClient();
  const { session } = useSession();
  const canRemind = session?.user.role === 'ADMIN' || session?.user.role === 'REVIEWER';
  return (
    <OverviewPage
      compareHref={compareHref}
      defaultUnitId={session?.user.scopeUnit?.id}
      renderActions={({ unitId, unitName, period }) => (
        <Space wrap>
          <RectificationCountsCard unitId={unitId} />
          {canRemind ? <RemindUnsubmittedButton period={period} unitId={unitId} /> : null}
          {canRemind ? <ReminderLogButton period={period} /> : null}
          <ReportButtons
            unitId={unitId}
            unitName={unitName}
            period={period}
            // Imported values change every figure of the quarter: reload what is on screen.
            onImported={() =>
              void client.refetchQueries({ include: ['OverviewScoreboard', 'OverviewTrend'] })
            }
          />
        </Space>
      )}
    />
  );
}
