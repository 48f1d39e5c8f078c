import { useQuery } from '@apollo/client';
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Input, Result, Skeleton, Space, Table, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminUsersQuery } from '../../../../generated/graphql';
import { useDescribeError } from '../../../../shared/errors';
import { ADMIN_ORG_TREE, ADMIN_USERS } from '../../graphql/admin.operations';
import type { AdminUnit } from '../../model/org-unit-form';
import { ROLE_ORDER } from '../../model/user-form';
import { CreateUserModal } from './CreateUserModal';
import { EditUserModal } from './EditUserModal';

type UserItem = AdminUsersQuery['users'][number];

/** The accounts in the administrator's scope: creating and editing them. */
export function UsersTab() {
  const { t } = useTranslation();
  const describe = useDescribeError();
  const users = useQuery(ADMIN_USERS);
  // no-cache: normalising a 5,000-branch tree into Apollo's cache blocked the page ~0.7 s; edits refetch it.
  const tree = useQuery(ADMIN_ORG_TREE, { fetchPolicy: 'no-cache' });
  const [search, setSearch] = useState('');
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<UserItem | null>(null);
  const root = (tree.data?.orgTree ?? null) as AdminUnit | null;

  const rows = useMemo(() => {
    const needle = search.trim().toLocaleLowerCase();
    const all = users.data?.users ?? [];
    const found = needle
      ? all.filter((u) =>
          [u.username, u.displayName, u.scopeUnit?.name ?? ''].some((s) =>
            s.toLocaleLowerCase().includes(needle),
          ),
        )
      : all;
    return [...found].sort(
      (a, b) =>
        ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || a.username.localeCompare(b.username),
    );
  }, [users.data, search]);

  if (users.loading && !users.data) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (users.error && !users.data) {
    return (
      <Result
        status="error"
        title={t('admin.loadFailed')}
        subTitle={describe(users.error).message}
        extra={<Button onClick={() => void users.refetch()}>{t('common.retry')}</Button>}
      />
    );
  }

  return (
    <Card
      size="small"
      title={t('admin.users.list')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} disabled={!root} onClick={() => setCreating(true)}>
          {t('admin.users.create')}
        </Button>
      }
    >
      <Space direction="vertical" size={8} style={{ width: '100%' }}>
        <Input.Search
          allowClear
          aria-label={t('admin.users.search')}
          placeholder={t('admin.users.search')}
          style={{ maxWidth: 320 }}
          onChange={(e) => setSearch(e.target.value)}
        />
        <Table<UserItem>
          size="small"
          rowKey="id"
          dataSource={rows}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
          scroll={{ x: 720 }}
          locale={{ emptyText: <Empty description={t('admin.users.empty')} /> }}
          columns={[
            { title: t('admin.users.username'), dataIndex: 'username', width: 160 },
            { title: t('admin.users.displayName'), dataIndex: 'displayName', ellipsis: true },
            { title: t('admin.users.role'), width: 200, render: (_, u) => t(`roles.${u.role}`) },
            { title: t('admin.users.scope'), ellipsis: true, render: (_, u) => u.scopeUnit?.name ?? '—' },
            {
              title: t('admin.users.state'),
              width: 90,
              render: (_, u) =>
                u.active ? (
                  <Tag color="green">{t('admin.users.enabled')}</Tag>
                ) : (
                  <Tag>{t('admin.users.disabled')}</Tag>
                ),
            },
            {
              title: t('admin.users.actions'),
              width: 90,
              render: (_, u) => (
                <Button type="link" size="small" disabled={!root} onClick={() => setEditing(u)}>
                  {t('admin.users.edit')}
                </Button>
              ),
            },
          ]}
        />
      </Space>
      {root && creating ? <CreateUserModal open root={root} onClose={() => setCreating(false)} /> : null}
      {root && editing ? <EditUserModal user={editing} root={root} onClose={() => setEditing(null)} /> : null}
    </Card>
  );
}
