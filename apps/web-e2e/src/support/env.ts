/** Where the server under test listens (started by global-setup.ts). */
export function baseUrl(): string {
  const url = process.env.PATHBOARD_E2E_BASE_URL;
  if (!url) throw new Error('PATHBOARD_E2E_BASE_URL is not set: run the suite with `npx nx run web-e2e:e2e`');
  return url;
}
