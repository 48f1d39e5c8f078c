import type { Page } from 'playwright-core';
import { DEMO_PASSWORD, type DemoUser } from '../support/graphql';

/**
 * Signs in through the login form (Chinese labels) and waits until the app has left /login for
 * the role's home page. antd spaces out a two-character button label ("登 录"), hence the regex.
 * The form asks for a district (所属区县) only when the server has several; the demo has one, so
 * `district` (a district's name) is needed only by a test that seeds another.
 */
export async function signIn(
  page: Page,
  user: DemoUser,
  password = DEMO_PASSWORD,
  district?: string,
): Promise<void> {
  if (!page.url().endsWith('/login')) await page.goto('/login');
  if (district) {
    await page.getByLabel('所属区县').click();
    await page.locator('.ant-select-item-option').filter({ hasText: district }).click();
  }
  await page.getByLabel('用户名').fill(user);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: /^登\s*录$/ }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/** Homes per role (features/auth/navigation.ts: the first menu item a role may open). */
export const HOME: Record<DemoUser, string> = {
  admin: '/overview',
  reviewer: '/overview',
  viewer: '/overview',
  branch: '/my-branch',
};
