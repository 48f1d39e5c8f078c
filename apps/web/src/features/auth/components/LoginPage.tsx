import { BankOutlined, LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { landingPathAfterLogin } from '../navigation';
import { LanguageSwitch } from '../../../shared/components/LanguageSwitch';
import { useLogin } from '../hooks/useLogin';
import { useLoginDistricts } from '../hooks/useLoginDistricts';
import { useSession } from '../hooks/useSession';
import type { Session } from '../session/session';
import type { LoginRedirectState } from './guards';
import styles from './LoginPage.module.css';

interface LoginForm {
  /** Only asked when the server has several districts (user names are unique per district). */
  district?: string;
  username: string;
  password: string;
}

export interface LoginPageProps {
  /**
   * Called as the form is sent: the app starts fetching the screens a login lands on while the server
   * checks the password (a deliberately slow hash), instead of only once it has answered.
   */
  onSubmitting?: () => void;
  /** Called once signed in, before the landing screen renders: the app may start fetching its data. */
  onSignedIn?: (session: Session) => void;
}

export function LoginPage({ onSubmitting, onSignedIn }: LoginPageProps = {}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const redirect = (location.state ?? {}) as LoginRedirectState;
  const { session, endedReason } = useSession();
  const { login, loading, error } = useLogin();
  const districts = useLoginDistricts();

  if (session) return <Navigate to={landingPathAfterLogin(session.user.role, redirect.from)} replace />;

  const reason = redirect.reason ?? endedReason;
  const onFinish = async ({ district, username, password }: LoginForm) => {
    districts.remember(district);
    onSubmitting?.();
    const started = await login(username, password, district);
    if (!started) return;
    onSignedIn?.(started);
    navigate(landingPathAfterLogin(started.user.role, redirect.from), { replace: true });
  };

  return (
    <main className={styles.page}>
      <div className={styles.language}>
        <LanguageSwitch />
      </div>
      <Card className={styles.card}>
        <Space direction="vertical" size="large" style={{ width: '100%' }}>
          <header className={styles.brand}>
            <div className={styles.emblem} aria-hidden>
              党
            </div>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {t('app.fullName')}
            </Typography.Title>
            <Typography.Text type="secondary">{t('app.tagline')}</Typography.Text>
          </header>

          {error ? (
            <Alert
              type="error"
              showIcon
              role="alert"
              message={
                // With several districts a wrong district is answered as a wrong password (no
                // disclosure), so the message names all three fields the user may have mistyped.
                error.kind === 'UNAUTHENTICATED' && districts.choices.length > 0
                  ? t('auth.wrongCredentialsWithDistrict')
                  : error.message
              }
              // How many attempts are left before a lockout, once few are (the server says when).
              description={error.details.length > 0 ? error.details.join(' ') : undefined}
            />
          ) : reason === 'expired' ? (
            <Alert type="warning" showIcon message={t('auth.sessionExpired')} />
          ) : reason === 'logout' ? (
            <Alert type="info" showIcon message={t('auth.loggedOut')} />
          ) : null}

          <Form<LoginForm>
            layout="vertical"
            requiredMark={false}
            onFinish={onFinish}
            disabled={loading}
            size="large"
          >
            {districts.choices.length > 0 && (
              <Form.Item
                label={t('auth.district')}
                name="district"
                initialValue={districts.remembered}
                rules={[{ required: true, message: t('auth.districtRequired') }]}
              >
                <Select
                  suffixIcon={<BankOutlined />}
                  placeholder={t('auth.districtPlaceholder')}
                  showSearch
                  optionFilterProp="label"
                  options={districts.choices.map((d) => ({ value: d.code, label: d.name }))}
                />
              </Form.Item>
            )}
            <Form.Item
              label={t('auth.username')}
              name="username"
              rules={[{ required: true, whitespace: true, message: t('auth.usernameRequired') }]}
            >
              <Input
                prefix={<UserOutlined />}
                placeholder={t('auth.usernamePlaceholder')}
                autoComplete="username"
                autoFocus
              />
            </Form.Item>
            <Form.Item
              label={t('auth.password')}
              name="password"
              rules={[{ required: true, message: t('auth.passwordRequired') }]}
            >
              <Input.Password
                prefix={<LockOutlined />}
                placeholder={t('auth.passwordPlaceholder')}
                autoComplete="current-password"
              />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={loading}>
              {loading ? t('auth.submitting') : t('auth.submit')}
            </Button>
          </Form>
          <Typography.Text type="secondary" className={styles.help}>
            {t('auth.help')}
          </Typography.Text>
        </Space>
      </Card>
    </main>
  );
}
