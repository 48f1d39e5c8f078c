import { useQuery } from '@apollo/client';
import { ApartmentOutlined, DragOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Input, Result, Row, Skeleton, Space, Tag, Tree, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDescribeError } from '../../../../shared/errors';
import { ADMIN_ORG_TREE } from '../../graphql/admin.operations';
import {
  adminTree,
  type AdminUnit,
  ancestorIds,
  findAdminUnit,
  flattenUnits,
} from '../../model/org-unit-form';
import { CreateDistrictModal } from './CreateDistrictModal';
import { MoveUnitModal } from './MoveUnitModal';
import { OrgUnitForm } from './OrgUnitForm';

/** The district's units as a searchable tree (inactive ones marked), and a form for the chosen one. */
export function OrgUnitsTab() {
  const { t } = useTranslation();
  const describe = useDescribeError();
  // no-cache: normalising a 5,000-branch tree into Apollo's cache blocked the page ~0.7 s; edits refetch it.
  const tree = useQuery(ADMIN_ORG_TREE, { fetchPolicy: 'no-cache' });
  const [search, setSearch] = useState('');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [expanded, setExpanded] = useState<string[] | null>(null);
  const [moving, setMoving] = useState(false);
  const [creatingDistrict, setCreatingDistrict] = useState(false);

  const root = (tree.data?.orgTree ?? null) as AdminUnit | null;
  const built = useMemo(
    () => (root ? adminTree(root, search) : { nodes: [], expandedKeys: [] }),
    [root, search],
  );
  const counts = useMemo(() => {
    const all = root ? flattenUnits(root) : [];
    return {
      streets: all.filter((u) => u.kind === 'STREET').length,
      branches: all.filter((u) => u.kind === 'BRANCH').length,
    };
  }, [root]);
  const selected = root && selectedId ? findAdminUnit(root, selectedId) : null;

  if (tree.loading && !tree.data) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (!root) {
    return (
      <Result
        status="error"
        title={t('admin.loadFailed')}
        subTitle={describe(tree.error).message}
        extra={<Button onClick={() => void tree.refetch()}>{t('common.retry')}</Button>}
      />
    );
  }

  return (
    <Row gutter={[12, 12]}>
      <Col xs={24} lg={10}>
        <Card
          size="small"
          title={t('admin.units.tree')}
          extra={
            <Space size="small">
              <Typography.Text type="secondary">{t('admin.units.counts', counts)}</Typography.Text>
              {root.kind === 'DISTRICT' ? (
                <Button size="small" icon={<ApartmentOutlined />} onClick={() => setCreatingDistrict(true)}>
                  {t('admin.units.createDistrict')}
                </Button>
              ) : null}
            </Space>
          }
        >
          <Input.Search
            allowClear
            aria-label={t('admin.units.search')}
            placeholder={t('admin.units.search')}
            style={{ marginBottom: 8 }}
            onSearch={(value) => {
              setSearch(value);
              setExpanded(null); // a new search opens the branches leading to its matches
            }}
          />
          {built.nodes.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
          ) : (
            <Tree
              virtual
              height={520}
              blockNode
              treeData={built.nodes}
              expandedKeys={expanded ?? built.expandedKeys}
              onExpand={(keys) => setExpanded(keys.map(String))}
              selectedKeys={selectedId ? [selectedId] : []}
              onSelect={(keys) => {
                setSelectedId(keys[0] ? String(keys[0]) : null);
                setCreating(false);
              }}
              titleRender={(node) => (
                <span>
                  {node.unit.name} <Typography.Text type="secondary">{node.unit.code}</Typography.Text>
                  {!node.unit.active ? (
                    <Tag style={{ marginInlineStart: 6 }}>{t('admin.units.inactive')}</Tag>
                  ) : null}
                </span>
              )}
            />
          )}
        </Card>
      </Col>
      <Col xs={24} lg={14}>
        <Card
          size="small"
          title={
            selected
              ? creating
                ? t('admin.units.create', { parent: selected.name })
                : t('admin.units.edit', { name: selected.name })
              : t('admin.units.details')
          }
          extra={
            selected && !creating ? (
              <Space size="small">
                {selected.kind !== 'DISTRICT' ? (
                  <Button icon={<DragOutlined />} onClick={() => setMoving(true)}>
                    {t('admin.units.move')}
                  </Button>
                ) : null}
                {selected.active ? (
                  <Button icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                    {t('admin.units.addChild')}
                  </Button>
                ) : null}
              </Space>
            ) : null
          }
        >
          {selected ? (
            <OrgUnitForm
              unit={selected}
              create={creating}
              onDone={(savedId) => {
                setCreating(false);
                if (!savedId) return;
                setSelectedId(savedId);
                // A unit just created sits under its parent: open the way down to it.
                if (creating)
                  setExpanded((open) => [
                    ...new Set([
                      ...(open ?? built.expandedKeys),
                      ...ancestorIds(root, selected.id),
                      selected.id,
                    ]),
                  ]);
              }}
            />
          ) : (
            <Space direction="vertical" style={{ width: '100%', padding: '48px 0' }}>
              <Empty description={t('admin.units.pick')} />
            </Space>
          )}
        </Card>
      </Col>
      {selected && moving ? (
        <MoveUnitModal
          open
          root={root}
          unit={selected}
          onClose={(movedTo) => {
            setMoving(false);
            // Open the way down to the unit at its new place.
            if (movedTo)
              setExpanded((open) => [
                ...new Set([...(open ?? built.expandedKeys), ...ancestorIds(root, movedTo), movedTo]),
              ]);
          }}
        />
      ) : null}
      <CreateDistrictModal open={creatingDistrict} onClose={() => setCreatingDistrict(false)} />
    </Row>
  );
}
