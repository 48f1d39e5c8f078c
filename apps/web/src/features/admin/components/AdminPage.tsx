import { Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { AuditTab } from './audit/AuditTab';
import { FrameworksTab } from './frameworks/FrameworksTab';
import { PeriodsTab } from './periods/PeriodsTab';
import { OrgUnitsTab } from './units/OrgUnitsTab';
import { UsersTab } from './users/UsersTab';
import { WhatIfTab } from './what-if/WhatIfTab';

const TABS = ['units', 'users', 'periods', 'frameworks', 'whatIf', 'audit'] as const;
type AdminTab = (typeof TABS)[number];

function isTab(value: string | null): value is AdminTab {
  return (TABS as readonly string[]).includes(value ?? '');
}

/** The district administrator's screen; the open tab is in the link (/admin?tab=periods). */
export function AdminPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const raw = params.get('tab');
  const tab: AdminTab = isTab(raw) ? raw : 'units';
  return (
    <div>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('admin.title')}
      </Typography.Title>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams({ tab: key }, { replace: true })}
        destroyOnHidden
        items={TABS.map((key) => ({
          key,
          label: t(`admin.tabs.${key}`),
          children:
            key === 'units' ? (
              <OrgUnitsTab />
            ) : key === 'users' ? (
              <UsersTab />
            ) : key === 'periods' ? (
              <PeriodsTab />
            ) : key === 'frameworks' ? (
              <FrameworksTab />
            ) : key === 'whatIf' ? (
              <WhatIfTab />
            ) : (
              <AuditTab />
            ),
        }))}
      />
    </div>
  );
}
