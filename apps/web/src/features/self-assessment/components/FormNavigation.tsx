import { ArrowDownOutlined } from '@ant-design/icons';
import type { Framework } from '@pathboard/scoring';
import { Button, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PathProgress } from '../form/form-navigation';

/** Brings an indicator into view and puts the cursor in its first input, ready to type. */
export function focusIndicator(code: string) {
  const section = document.getElementById(`indicator-${code}`);
  section?.scrollIntoView?.({ behavior: 'smooth', block: 'center' });
  section
    ?.querySelector<HTMLElement>('input:not([disabled]), textarea:not([disabled])')
    ?.focus({ preventScroll: true });
}

/** The indicator whose section holds the keyboard focus, so "next unfilled" continues from there. */
export function focusedIndicator(): string | null {
  const section = document.activeElement?.closest('section[id^="indicator-"]');
  return section ? section.id.slice('indicator-'.length) : null;
}

/** One link per path at the top of the long form, with how much of it is filled in. */
export function PathJumpLinks({
  framework,
  progress,
  lang,
}: {
  framework: Framework;
  progress: PathProgress[];
  lang: 'zh' | 'en';
}) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('assessment.nav.paths')}>
      <Space wrap size={[8, 8]}>
        {progress.map((p) => {
          const name = framework.paths.find((path) => path.code === p.pathCode)?.name[lang] ?? p.pathCode;
          return (
            <Button
              key={p.pathCode}
              size="small"
              href={`#path-${p.pathCode}`}
              onClick={(event) => {
                // Scroll without touching the address: the router would see a new location.
                event.preventDefault();
                document
                  .getElementById(`path-${p.pathCode}`)
                  ?.scrollIntoView?.({ behavior: 'smooth', block: 'start' });
              }}
            >
              {name}{' '}
              <Typography.Text type={p.answered === p.total ? 'success' : 'secondary'}>
                {t('assessment.nav.progress', { answered: p.answered, total: p.total })}
              </Typography.Text>
            </Button>
          );
        })}
      </Space>
    </nav>
  );
}

/** In the sticky bar: how many are answered, and a jump to the next one still empty. */
export function NextUnfilledButton({
  answered,
  applicable,
  onClick,
}: {
  answered: number;
  applicable: number;
  onClick: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Space size={4}>
      <Typography.Text type="secondary">
        {t('assessment.nav.answered', { answered, applicable })}
      </Typography.Text>
      {answered < applicable ? (
        <Button size="small" type="link" icon={<ArrowDownOutlined />} onClick={onClick}>
          {t('assessment.nav.nextUnfilled')}
        </Button>
      ) : null}
    </Space>
  );
}
