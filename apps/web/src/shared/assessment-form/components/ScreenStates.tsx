import { Button, Card, Result, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { type UserFacingError, useDescribeError } from '../../errors';

/** What a screen shows while its data loads: the shape of a page, not a spinner over nothing. */
export function ScreenSkeleton({ rows = 8 }: { rows?: number }) {
  return (
    <Card>
      <Skeleton active title paragraph={{ rows }} />
    </Card>
  );
}

/**
 * A failed load in words, with a retry when trying again can help. A refusal (FORBIDDEN) is a
 * 403 page: it shows no data and does not invite a retry.
 */
export function LoadError({
  error,
  onRetry,
  title,
}: {
  error: unknown;
  onRetry?: () => void;
  title?: string;
}) {
  const { t } = useTranslation();
  const describe = useDescribeError();
  const described: UserFacingError = describe(error);
  const forbidden = described.kind === 'FORBIDDEN';
  const status = forbidden ? '403' : described.kind === 'NOT_FOUND' ? '404' : 'error';
  return (
    <Result
      status={status}
      title={title ?? (forbidden ? t('pages.forbiddenTitle') : t('errors.title'))}
      subTitle={described.message}
      extra={
        onRetry && !forbidden && described.kind !== 'NOT_FOUND' ? (
          <Button onClick={onRetry}>{t('common.retry')}</Button>
        ) : undefined
      }
    />
  );
}
