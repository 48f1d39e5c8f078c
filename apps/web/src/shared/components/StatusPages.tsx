import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

export function ForbiddenPage({ homePath = '/' }: { homePath?: string }) {
  const { t } = useTranslation();
  return (
    <Result
      status="403"
      title={t('pages.forbiddenTitle')}
      subTitle={t('pages.forbidden')}
      extra={
        <Link to={homePath}>
          <Button type="primary">{t('pages.backHome')}</Button>
        </Link>
      }
    />
  );
}

export function NotFoundPage({ homePath = '/' }: { homePath?: string }) {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title={t('pages.notFoundTitle')}
      subTitle={t('pages.notFound')}
      extra={
        <Link to={homePath}>
          <Button type="primary">{t('pages.backHome')}</Button>
        </Link>
      }
    />
  );
}
