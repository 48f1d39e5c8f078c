import JSZip from 'jszip';
import sharp from 'sharp';
import { signIn } from './pages/login.page';
import { ReviewPage } from './pages/review.page';
import { SelfAssessmentPage } from './pages/self-assessment.page';
import { useBrowser } from './support/browser';
import { ensureEditable, ownAssessment } from './support/demo';
import { baseUrl } from './support/env';
import { Api } from './support/graphql';
import { step } from './support/steps';

const PHOTO_INDICATOR = '三会一课落实率';
const PDF_INDICATOR = '主题党日';
const PHOTO_NAME = '支部党员大会签到表.jpg';
const PDF_NAME = '主题党日活动记录.pdf';

/** A small PDF: enough for the server's magic-byte check (file-type) and a browser viewer. */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
);

/** A 240×160 JPEG photo of its own (random pixels: its SHA-256 is new, so no duplicate flag from earlier runs). */
function photo(): Promise<Buffer> {
  const raw = Buffer.alloc(240 * 160 * 3);
  for (let i = 0; i < raw.length; i++) raw[i] = Math.floor(Math.random() * 256);
  return sharp(raw, { raw: { width: 240, height: 160, channels: 3 } })
    .jpeg()
    .toBuffer();
}

/** Removes the branch's files left by an earlier run, through the API as the branch itself. */
async function clearEvidence(api: Api, assessmentId: string): Promise<void> {
  const headers = { authorization: `Bearer ${await api.token('branch')}` };
  const listed = await fetch(`${baseUrl()}/api/evidence?assessmentId=${assessmentId}`, { headers });
  const { files } = (await listed.json()) as { files: { id: string }[] };
  for (const file of files) {
    const res = await fetch(`${baseUrl()}/api/evidence/${file.id}`, { method: 'DELETE', headers });
    if (res.status !== 204) throw new Error(`could not remove evidence ${file.id}: HTTP ${res.status}`);
  }
}

describe('evidence files (佐证材料), from the branch form to the reviewer', () => {
  const browser = useBrowser();
  const api = new Api();

  it('the branch attaches a photo and a PDF to two indicators and submits; the reviewer sees the thumbnail and downloads the ZIP', async () => {
    const start = await ensureEditable(api);
    await clearEvidence(api, start.id);
    const branchName = start.branch.name;
    const jpeg = await photo();

    const branchPage = await browser.newPage();
    const form = new SelfAssessmentPage(branchPage);
    await step('1. the branch uploads a photo and a PDF on the form and sees them listed', async () => {
      await signIn(branchPage, 'branch');
      await form.open();
      const photoBox = branchPage.getByTestId('evidence-ORG_MEETINGS');
      await photoBox.locator('input[type=file]').first().setInputFiles({
        name: PHOTO_NAME,
        mimeType: 'image/jpeg',
        buffer: jpeg,
      });
      // The server-made thumbnail arrives through the token-carrying fetch and is shown.
      const thumbnail = photoBox.getByRole('img', { name: `${PHOTO_NAME} 的缩略图` });
      await thumbnail.waitFor();
      expect(await thumbnail.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(240);

      const pdfBox = branchPage.getByTestId('evidence-ORG_THEME_DAYS');
      await pdfBox.locator('input[type=file]').first().setInputFiles({
        name: PDF_NAME,
        mimeType: 'application/pdf',
        buffer: PDF,
      });
      await pdfBox.getByText(PDF_NAME, { exact: true }).waitFor();
      await pdfBox.getByText(/PDF 文件/).waitFor();

      await form.submit();
      expect((await ownAssessment(api)).status).toBe('SUBMITTED');
      // Submitted: nothing can be removed or added any more.
      await photoBox.getByText(PHOTO_NAME, { exact: true }).waitFor();
      expect(await photoBox.getByRole('button', { name: /删\s*除/ }).count()).toBe(0);
      expect(await photoBox.locator('input[type=file]').count()).toBe(0);
    });

    const reviewerPage = await browser.newPage();
    const review = new ReviewPage(reviewerPage);
    await step(
      '2. the reviewer sees the thumbnail beside the value and the PDF beside the other',
      async () => {
        await signIn(reviewerPage, 'reviewer');
        await review.openQueue();
        await review.openFromQueue(branchName);
        const photoRow = reviewerPage.getByTestId('review-evidence-ORG_MEETINGS');
        const thumbnail = photoRow.getByRole('img', { name: `${PHOTO_NAME} 的缩略图` });
        await thumbnail.waitFor();
        expect(await thumbnail.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(240);
        // Beside the branch's own value, inside the indicator's region.
        await reviewerPage
          .getByRole('region', { name: PHOTO_INDICATOR, exact: true })
          .getByRole('img', { name: `${PHOTO_NAME} 的缩略图` })
          .waitFor();
        const pdfRow = reviewerPage
          .getByRole('region', { name: PDF_INDICATOR, exact: true })
          .getByTestId('review-evidence-ORG_THEME_DAYS');
        await pdfRow.getByText(PDF_NAME, { exact: true }).waitFor();
        await pdfRow.getByRole('button', { name: /打\s*开/ }).waitFor();
      },
    );

    await step('3. the reviewer downloads all evidence as a ZIP, one folder per indicator', async () => {
      // The bytes the browser fetched with its token, as the server answered them (a route that
      // passes the request on and keeps a copy: a streamed response's body is not kept by the browser).
      let archive: { status: number; type: string | undefined; body: Buffer } | null = null;
      await reviewerPage.route('**/api/evidence/archive.zip*', async (route) => {
        const answer = await route.fetch();
        archive = {
          status: answer.status(),
          type: answer.headers()['content-type'],
          body: await answer.body(),
        };
        await route.fulfill({ response: answer });
      });
      await reviewerPage.getByRole('button', { name: /下载全部佐证材料（ZIP）/ }).click();
      await reviewerPage
        .getByText(/已下载/)
        .first()
        .waitFor();
      const fetched = archive as { status: number; type: string | undefined; body: Buffer } | null;
      expect(fetched?.status).toBe(200);
      expect(fetched?.type).toBe('application/zip');
      const zip = await JSZip.loadAsync(fetched!.body);
      const names = Object.keys(zip.files).filter((name) => !zip.files[name].dir);
      expect(names.sort()).toEqual([
        `ORG_MEETINGS ${PHOTO_INDICATOR}/01 ${PHOTO_NAME}`,
        `ORG_THEME_DAYS ${PDF_INDICATOR}/01 ${PDF_NAME}`,
      ]);
      const photoEntry = zip.file(`ORG_MEETINGS ${PHOTO_INDICATOR}/01 ${PHOTO_NAME}`)!;
      expect(Buffer.from(await photoEntry.async('uint8array')).equals(jpeg)).toBe(true);
      await reviewerPage
        .getByText(/已下载/)
        .first()
        .waitFor();
    });
  });
});
