import sharp from 'sharp';
import { defaultFramework } from '@pathboard/frameworks';
import type { Framework } from '@pathboard/scoring';
import { createTestApp, type TestApp } from '../../test/test-app';
import { COMMUNITY_VALUES, SUBMIT } from '../assessments/testing/assessment-ops';
import { fillAssessment, seedWorld } from '../reports/testing/report-ops';
import { importDefaultFramework, PERIOD } from '../reports/testing/suite-data';
import { photo, uploadEvidence } from './testing/evidence-ops';

describe('evidence required by the framework (submit refusal)', () => {
  let t: TestApp;
  let frameworkId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const framework: Framework = JSON.parse(JSON.stringify(defaultFramework));
    const indicators = framework.paths.flatMap((p) => p.indicators);
    indicators.find((i) => i.code === 'ORG_MEETINGS')!.evidence = {
      required: true,
      hint: { zh: '会议记录、签到表', en: 'Minutes and sign-in sheets' },
    };
    indicators.find((i) => i.code === 'ORG_THEME_DAYS')!.evidence = { required: true };
    // Rural only: never required of the community branch below.
    indicators.find((i) => i.code === 'ORG_RURAL_REVITALIZATION')!.evidence = { required: true };
    // Published as a shared framework, so the test district below can open its quarter on it.
    frameworkId = await importDefaultFramework(t, framework);
  });
  afterAll(() => t?.close());

  it('refuses to submit until every required indicator has a file, naming the missing ones in zh and en', async () => {
    const w = await seedWorld(t, 'REQ', frameworkId, [PERIOD]);
    // Branch 0 of the fixture tree is a community branch.
    const a = await fillAssessment(t, w, 0, PERIOD, COMMUNITY_VALUES);
    const submit = () =>
      t.gql<{ submitAssessment: { status: string; version: number } }>(
        SUBMIT,
        { id: a.id, v: a.version },
        w.tokens.branches[0],
      );

    const refused = await submit();
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'EVIDENCE_REQUIRED',
      indicators: ['ORG_MEETINGS', 'ORG_THEME_DAYS'],
    });
    // Named in both languages (the web shows the sentence as it is); the codes are in `indicators`.
    expect(refused.errors?.[0].message).toBe(
      'evidence is required before submitting: attach at least one file to Three Meetings and One Lecture held, Themed Party days',
    );
    expect(refused.errors?.[0].extensions?.['messageZh']).toBe(
      '提交前须上传佐证材料：三会一课落实率、主题党日',
    );

    expect(
      (
        await uploadEvidence(t, w.tokens.branches[0], a.id, 'ORG_MEETINGS', [
          { name: '记录.jpg', bytes: await photo() },
        ])
      ).status,
    ).toBe(201);
    const still = await submit();
    expect(still.errors?.[0].extensions).toMatchObject({
      reason: 'EVIDENCE_REQUIRED',
      indicators: ['ORG_THEME_DAYS'],
    });

    expect(
      (
        await uploadEvidence(t, w.tokens.branches[0], a.id, 'ORG_THEME_DAYS', [
          { name: '活动.png', bytes: await photo('png') },
        ])
      ).status,
    ).toBe(201);
    // The reviewer sees the files per indicator through GraphQL, with where to fetch them.
    const seen = await t.gql<{
      assessment: {
        evidence: {
          indicatorCode: string;
          name: string;
          kind: string;
          url: string;
          thumbnailUrl: string | null;
        }[];
      };
    }>(
      `query ($branchId: ID!, $period: String!) { assessment(branchId: $branchId, period: $period) { evidence { id indicatorCode name kind url thumbnailUrl } } }`,
      { branchId: w.branches[0].id, period: PERIOD },
      w.tokens.reviewer,
    );
    expect(seen.errors).toBeUndefined();
    const files = seen.data!.assessment.evidence;
    expect(files.map((f) => [f.indicatorCode, f.name, f.kind])).toEqual([
      ['ORG_MEETINGS', '记录.jpg', 'IMAGE'],
      ['ORG_THEME_DAYS', '活动.png', 'IMAGE'],
    ]);
    expect(files[0].thumbnailUrl).toBe(`${files[0].url}/thumbnail`);
    expect(
      (
        await fetch(`${t.url}${files[0].thumbnailUrl}`, {
          headers: { authorization: `Bearer ${w.tokens.reviewer}` },
        })
      ).status,
    ).toBe(200);

    // The same photo from another branch: flagged to the committee (both ways), never shown to a branch.
    const shared = await photo();
    expect(
      (
        await uploadEvidence(t, w.tokens.branches[0], a.id, 'ORG_MEETINGS', [
          { name: '共用.jpg', bytes: shared },
        ])
      ).status,
    ).toBe(201);
    const other = await fillAssessment(t, w, 1, PERIOD, {});
    expect(
      (
        await uploadEvidence(t, w.tokens.branches[1], other.id, 'ORG_MEETINGS', [
          { name: 'same.jpg', bytes: shared },
        ])
      ).status,
    ).toBe(201);
    // The same bytes in another district: that district's files are not counted here.
    const elsewhere = await seedWorld(t, 'REQX', frameworkId, [PERIOD]);
    const theirs = await fillAssessment(t, elsewhere, 1, PERIOD, {});
    expect(
      (
        await uploadEvidence(t, elsewhere.tokens.branches[1], theirs.id, 'ORG_MEETINGS', [
          { name: 'theirs.jpg', bytes: shared },
        ])
      ).status,
    ).toBe(201);
    const flagsOf = async (token: string, branchId: string) => {
      const r = await t.gql<{
        assessment: {
          evidence: { name: string; flags: { code: string; message: { zh: string; en: string } }[] }[];
        };
      }>(
        `query ($branchId: ID!, $period: String!) { assessment(branchId: $branchId, period: $period) { evidence { name flags { code message { zh en } } } } }`,
        { branchId, period: PERIOD },
        token,
      );
      if (r.errors) throw new Error(JSON.stringify(r.errors));
      return Object.fromEntries(r.data!.assessment.evidence.map((f) => [f.name, f.flags]));
    };
    // A photo taken (per EXIF) the day before the quarter began.
    const old = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#0a0' } })
      .jpeg()
      .withExif({ IFD0: { DateTime: '2026:09:30 18:00:00' } })
      .toBuffer();
    expect(
      (
        await uploadEvidence(t, w.tokens.branches[0], a.id, 'ORG_MEETINGS', [
          { name: '旧照.jpg', bytes: old },
        ])
      ).status,
    ).toBe(201);
    const mine = await flagsOf(w.tokens.reviewer, w.branches[0].id);
    expect(mine['旧照.jpg']).toEqual([
      {
        code: 'PHOTO_DATE_OUTSIDE_PERIOD',
        message: {
          zh: expect.stringContaining('2026-09-30'),
          en: expect.stringContaining('outside the assessed quarter 2026Q4'),
        },
      },
    ]);
    expect(mine['共用.jpg']).toEqual([
      {
        code: 'SAME_FILE_OTHER_BRANCH',
        message: {
          zh: expect.stringContaining('另外 1 个支部'),
          en: expect.stringContaining('1 other branch'),
        },
      },
    ]);
    expect(mine['记录.jpg']).toEqual([]);
    expect((await flagsOf(w.tokens.reviewer, w.branches[1].id))['same.jpg'].map((f) => f.code)).toEqual([
      'SAME_FILE_OTHER_BRANCH',
    ]);
    expect((await flagsOf(w.tokens.branches[0], w.branches[0].id))['共用.jpg']).toEqual([]);

    const ok = await submit();
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.submitAssessment.status).toBe('SUBMITTED');
  });
});
