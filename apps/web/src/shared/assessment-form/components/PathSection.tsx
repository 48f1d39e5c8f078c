import type { Path } from '@pathboard/scoring';
import { Card, Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../formatting';
import { useAppLanguage } from '../../i18n/use-app-language';

/** A path of the framework (组织建设…) as a card holding its indicators. */
export function PathSection({
  path,
  children,
}: {
  path: Pick<Path, 'code' | 'name' | 'weight'>;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const { language, lang } = useAppLanguage();
  return (
    <Card
      id={`path-${path.code}`}
      title={path.name[lang]}
      extra={<Tag>{t('assessment.field.pathWeight', { weight: formatNumber(path.weight, language) })}</Tag>}
      size="small"
      styles={{ body: { paddingBlock: 4 } }}
    >
      {children}
    </Card>
  );
}
