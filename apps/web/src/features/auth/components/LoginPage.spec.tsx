/**
 * @jest-environment jsdom
 */
import { MockedProvider, type MockedResponse } from '@apollo/client/testing';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import { initI18n } from '../../../test-support/i18n';
import { LOGIN, LOGIN_DISTRICTS } from '../graphql/auth.operations';
import { LAST_DISTRICT_KEY } from '../hooks/useLoginDistricts';
import type { Session } from '../session/session';
import { sessionStore } from '../session/session-instance';
import { LoginPage } from './LoginPage';

const i18n = initI18n(window.localStorage);

const user = {
  id: 'u1',
  username: 'wang',
  displayName: '王审核',
  role: 'REVIEWER' as const,
  scopeUnit: { id: 's1', name: '幸福街道党工委' },
};
const loginMock = (
  password: string,
  result: MockedResponse['result'] | Error,
  district?: string,
): MockedResponse => ({
  request: { query: LOGIN, variables: { username: 'wang', password, ...(district ? { district } : {}) } },
  ...(result instanceof Error ? { error: result } : { result }),
});
const ONE = [{ code: 'XF', name: '幸福区' }];
const TWO = [...ONE, { code: 'HP', name: '和平县' }];
const districtsMock = (loginDistricts: { code: string; name: string }[]): MockedResponse => ({
  request: { query: LOGIN_DISTRICTS },
  result: { data: { loginDistricts: loginDistricts.map((d) => ({ __typename: 'LoginDistrict', ...d })) } },
});

function ReviewProbe() {
  const { search, hash } = useLocation();
  return (
    <p>
      审核页{search}
      {hash}
    </p>
  );
}

function renderLogin(
  mocks: MockedResponse[],
  districts = ONE,
  onSubmitting?: () => void,
  onSignedIn?: (session: Session) => void,
  from = '/review',
) {
  return render(
    <MockedProvider mocks={[districtsMock(districts), ...mocks]}>
      <MemoryRouter initialEntries={[{ pathname: '/login', state: { from } }]}>
        <Routes>
          <Route path="/login" element={<LoginPage onSubmitting={onSubmitting} onSignedIn={onSignedIn} />} />
          <Route path="/review" element={<ReviewProbe />} />
          <Route path="/review/:id" element={<ReviewProbe />} />
          <Route path="/overview" element={<p>总览页</p>} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

async function submit(password: string) {
  fireEvent.change(screen.getByLabelText('用户名'), { target: { value: 'wang' } });
  fireEvent.change(screen.getByLabelText('密码'), { target: { value: password } });
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: /登\s*录/ }));
  });
}

describe('LoginPage', () => {
  beforeEach(async () => {
    sessionStore.end('logout');
    window.localStorage.clear();
    await act(async () => {
      await i18n.changeLanguage('zh-CN');
    });
  });

  it('labels its fields and says a wrong password in words', async () => {
    renderLogin([
      loginMock('bad', {
        errors: [new GraphQLError('Invalid credentials', { extensions: { code: 'UNAUTHENTICATED' } })],
      }),
    ]);
    await submit('bad');
    expect(await screen.findByRole('alert')).toHaveProperty(
      'textContent',
      '用户名或密码不正确，请重新输入。',
    );
    expect(sessionStore.getSnapshot().session).toBeNull();
  });

  it('says a lockout is a lockout, in minutes rounded up, even with the right password', async () => {
    const locked = new GraphQLError('Too many failed attempts: try again in 876 s', {
      extensions: { code: 'UNAUTHENTICATED', reason: 'LOCKED_OUT', retryAfterSeconds: 876 },
    });
    // With several districts too: a lockout is not "district, username or password is wrong".
    renderLogin([loginMock('right', { errors: [locked] }, 'XF')], TWO);
    fireEvent.mouseDown(await screen.findByRole('combobox', { name: '所属区县' }));
    fireEvent.click(await screen.findByText('幸福区'));
    await submit('right');
    expect((await screen.findByRole('alert')).textContent).toBe('登录失败次数过多，请于 15 分钟后再试。');
    expect(sessionStore.getSnapshot().session).toBeNull();
  }, 60_000);

  it('warns how many attempts are left before a lockout, in the reader’s language', async () => {
    const wrong = (attemptsLeft: number) =>
      new GraphQLError('Invalid username or password', {
        extensions: { code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS', attemptsLeft },
      });
    renderLogin([loginMock('bad', { errors: [wrong(2)] }), loginMock('bad', { errors: [wrong(1)] })]);
    await submit('bad');
    expect((await screen.findByRole('alert')).textContent).toBe(
      '用户名或密码不正确，请重新输入。再输错 2 次将暂时无法登录。',
    );
    await act(async () => {
      await i18n.changeLanguage('en');
    });
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'bad' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: /Log in/ }));
    });
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The username or password is incorrect. Please try again.' +
        'One more failed attempt and logging in will be blocked for a while.',
    );
  });

  it('returns to the page with its query and hash, and never outside the app', async () => {
    const login = { token: 'jwt', expiresAt: '2099-01-01T00:00:00.000Z', user };
    const first = renderLogin(
      [loginMock('right', { data: { login } })],
      ONE,
      undefined,
      undefined,
      '/review/b1?period=2026Q4#values',
    );
    await submit('right');
    expect(await screen.findByText('审核页?period=2026Q4#values')).toBeTruthy();
    first.unmount();

    sessionStore.end('logout');
    renderLogin(
      [loginMock('right', { data: { login } })],
      ONE,
      undefined,
      undefined,
      '//evil.example/review',
    );
    await submit('right');
    expect(await screen.findByText('总览页')).toBeTruthy();
  });

  it('says when the server cannot be reached', async () => {
    renderLogin([loginMock('pw', new TypeError('Failed to fetch'))]);
    await submit('pw');
    expect((await screen.findByRole('alert')).textContent).toBe('无法连接服务器，请检查网络后重试。');
  });

  it('starts the session and returns to the page the user was sent away from', async () => {
    const login = { token: 'jwt', expiresAt: '2099-01-01T00:00:00.000Z', user };
    const warmLanding = jest.fn();
    // Signed in, before the landing screen renders: the session is there for the data it warms.
    const signedIn: unknown[] = [];
    const onSignedIn = (session: Session) =>
      signedIn.push([
        session.user.id,
        sessionStore.getSnapshot().session?.token,
        screen.queryByText('审核页'),
      ]);
    renderLogin([loginMock('right', { data: { login } })], ONE, warmLanding, onSignedIn);
    await submit('right');
    expect(await screen.findByText('审核页')).toBeTruthy();
    expect(warmLanding).toHaveBeenCalledTimes(1);
    expect(signedIn).toEqual([['u1', 'jwt', null]]);
    expect(sessionStore.getSnapshot().session?.user.displayName).toBe('王审核');
    expect(JSON.parse(window.localStorage.getItem('pathboard.session') ?? '{}').token).toBe('jwt');
  });

  it('asks for no district while the server has one', async () => {
    renderLogin([]);
    await act(async () => {}); // the district list has loaded
    expect(screen.getByLabelText('用户名')).toBeTruthy();
    expect(screen.queryByLabelText('所属区县')).toBeNull();
  });

  it('with several districts asks for one (所属区县), sends it and remembers it', async () => {
    const login = { token: 'jwt', expiresAt: '2099-01-01T00:00:00.000Z', user };
    const first = renderLogin([loginMock('right', { data: { login } }, 'HP')], TWO);
    const select = await screen.findByRole('combobox', { name: '所属区县' });
    await submit('right');
    expect(await screen.findByText('请选择所属区县')).toBeTruthy(); // required
    fireEvent.mouseDown(select);
    fireEvent.click(await screen.findByText('和平县'));
    await submit('right');
    expect(await screen.findByText('审核页')).toBeTruthy();
    expect(window.localStorage.getItem(LAST_DISTRICT_KEY)).toBe('HP');
    first.unmount();

    sessionStore.end('logout');
    renderLogin([], TWO);
    await screen.findByRole('combobox', { name: '所属区县' });
    expect(screen.getByTitle('和平县')).toBeTruthy(); // preselected
  }, 60_000); // antd's Select is slow to render in jsdom

  it('with several districts, a refusal names the district among what may be wrong', async () => {
    window.localStorage.setItem(LAST_DISTRICT_KEY, 'HP');
    renderLogin(
      [
        loginMock(
          'bad',
          { errors: [new GraphQLError('Invalid credentials', { extensions: { code: 'UNAUTHENTICATED' } })] },
          'HP',
        ),
      ],
      TWO,
    );
    await screen.findByRole('combobox', { name: '所属区县' });
    await submit('bad');
    expect((await screen.findByRole('alert')).textContent).toBe('所属区县、用户名或密码不正确，请重新输入。');
  }, 60_000);

  it('asks for missing fields and switches to English', async () => {
    renderLogin([]);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: /登\s*录/ }));
    });
    expect(await screen.findByText('请输入用户名')).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByText('English'));
    });
    expect(await screen.findByLabelText('Username')).toBeTruthy();
    expect(window.localStorage.getItem('pathboard.language')).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });
});
