import { accessDeniedAbout, expectAlike, RANDOM_ID } from './cross-district';
import {
  asInputs,
  COMMUNITY_VALUES,
  GET_ASSESSMENT,
  REOPEN,
  REVIEW,
  SAVE,
  SUBMIT,
} from '../src/assessments/testing/assessment-ops';
import { SMALL_PDF, evidenceRequest, uploadEvidence } from '../src/evidence/testing/evidence-ops';
import {
  ANSWER,
  CREATE,
  EXTEND,
  LIST,
  PROPOSALS,
  REMIND,
  VERIFY,
} from '../src/rectification/rectification.int-fixtures';
import { download, fillAssessment, seedWorld, type World } from '../src/reports/testing/report-ops';
import { importDefaultFramework } from '../src/reports/testing/suite-data';
import { createTestApp, type GqlResponse, type TestApp } from './test-app';

const PERIOD = '2026Q1';
const COUNTS = `query ($u: ID) { rectificationCounts(unitId: $u) { open } }`;
const AUDIT = `query ($u: ID) { auditEvents(filter: { unitId: $u }) { total } }`;
const MARK_READ = `mutation ($ids: [ID!]) { markNotificationsRead(ids: $ids) }`;

/**
 * Lookups by id name the caller's district (docs/scale-out.md, "What needs the coordinator"): an
 * id of another district answers exactly as a missing one (NOT_FOUND, 404 over REST) and changes
 * nothing there. District A's people try district B's ids; B's rows are compared before and after.
 */
describe('ids of another district answer as missing ones', () => {
  let t: TestApp;
  let a: World;
  let b: World;
  /** District B's data: a SUBMITTED assessment of branch B-A1 with a file, an OPEN item with a file. */
  let theirs: { assessmentId: string; version: number; itemId: string; fileId: string; itemFileId: string };
  let before: unknown;

  /** District B's rows that any of the attempts below could change. */
  const stateOfB = async () =>
    (
      await t.dataSource.query(
        `SELECT (SELECT json_agg(json_build_object('id', id, 'status', status, 'version', version, 'updated', updated_at) ORDER BY id)
                   FROM assessment WHERE district_id = $1) AS assessments,
                (SELECT json_agg(json_build_object('a', assessment_id, 'c', indicator_code, 's', self_value, 'r', reviewed_value) ORDER BY assessment_id, indicator_code)
                   FROM indicator_value WHERE district_id = $1) AS "values",
                (SELECT count(*)::int FROM assessment_status_change WHERE district_id = $1) AS history,
                (SELECT json_agg(json_build_object('id', id, 'status', status, 'version', version, 'measures', measures) ORDER BY id)
                   FROM rectification_item WHERE district_id = $1) AS items,
                (SELECT count(*)::int FROM rectification_event WHERE district_id = $1) AS events,
                (SELECT json_agg(json_build_object('id', id, 'event', rectification_event_id) ORDER BY id)
                   FROM evidence_file WHERE district_id = $1) AS files,
                (SELECT count(*)::int FROM branch_reminder WHERE district_id = $1) AS reminders,
                (SELECT count(*)::int FROM deadline_extension WHERE district_id = $1) AS extensions,
                (SELECT json_agg(json_build_object('id', id, 'read', read_at) ORDER BY id)
                   FROM notification WHERE district_id = $1) AS notifications,
                (SELECT count(*)::int FROM audit_event WHERE district_id = $1) AS audit`,
        [b.tree.district.id],
      )
    )[0];

  /**
   * The ACCESS_DENIED events about district B's units and rows. A lookup that names the caller's
   * district does not find B's row at all, so no scope check runs and nothing is audited (an id of the
   * caller's own district out of scope still is: assessments-access.int-spec.ts).
   */
  const deniedOnB = (): Promise<string[]> =>
    accessDeniedAbout(t.dataSource, [
      b.tree.district.id,
      ...b.tree.streets.map((s) => s.id),
      ...b.branches.map((u) => u.id),
      ...Object.values(theirs).filter((v): v is string => typeof v === 'string'),
    ]);

  /** The answer to `foreign` (an id of district B) is the answer to a random id, but for the id. */
  const alike = expectAlike;

  /** Runs `query` with B's id and with a random one: NOT_FOUND `<entity> <id> not found`, alike. */
  async function refusedAsMissing(
    query: string,
    variables: (id: string) => Record<string, unknown>,
    token: string,
    entity: string,
    foreignId: string,
  ): Promise<void> {
    const foreign: GqlResponse = await t.gql(query, variables(foreignId), token);
    expect(foreign.errors?.[0]).toMatchObject({
      message: `${entity} ${foreignId} not found`,
      extensions: { code: 'NOT_FOUND' },
    });
    alike(foreign.errors, (await t.gql(query, variables(RANDOM_ID), token)).errors, foreignId);
  }

  beforeAll(async () => {
    t = await createTestApp();
    const frameworkId = await importDefaultFramework(t);
    a = await seedWorld(t, 'DSA-', frameworkId, [PERIOD]);
    b = await seedWorld(t, 'DSB-', frameworkId, [PERIOD]);

    const draft = await fillAssessment(t, b, 0, PERIOD, COMMUNITY_VALUES);
    const file = await uploadEvidence(t, b.tokens.branches[0], draft.id, 'ORG_MEETINGS', [
      { name: 'minutes.pdf', bytes: SMALL_PDF },
    ]);
    expect(file.status).toBe(201);
    const submitted = await t.gql<{ submitAssessment: { version: number } }>(
      SUBMIT,
      { id: draft.id, v: draft.version },
      b.tokens.branches[0],
    );
    expect(submitted.errors).toBeUndefined();
    const created = await t.gql<{ createRectification: { id: string } }>(
      CREATE,
      {
        input: {
          assessmentId: draft.id,
          indicatorCode: 'ORG_MEETINGS',
          problem: '会议记录不全',
          requiredAction: '补齐会议记录',
          deadline: '2099-01-10T16:00:00.000Z',
        },
      },
      b.tokens.admin,
    );
    expect(created.errors).toBeUndefined();
    const itemId = created.data!.createRectification.id;
    const itemFile = await fetch(`${t.url}/api/evidence?rectificationItemId=${itemId}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${b.tokens.branches[0]}` },
      body: (() => {
        const form = new FormData();
        form.append('files', new Blob([new Uint8Array(SMALL_PDF)]), 'measures.pdf');
        return form;
      })(),
    });
    expect(itemFile.status).toBe(201);
    theirs = {
      assessmentId: draft.id,
      version: submitted.data!.submitAssessment.version,
      itemId,
      fileId: file.json().files[0].id,
      itemFileId: ((await itemFile.json()) as { files: { id: string }[] }).files[0].id,
    };
    before = await stateOfB();
  });
  afterAll(() => t?.close());

  it("assessments: another district's branch and assessment, read or written", async () => {
    await refusedAsMissing(
      GET_ASSESSMENT,
      (branchId) => ({ branchId, period: PERIOD }),
      a.tokens.admin,
      'OrgUnit',
      b.branches[0].id,
    );
    const values = asInputs({ ORG_THEME_DAYS: 3 });
    await refusedAsMissing(
      SAVE,
      (id) => ({ id, v: theirs.version, values }),
      a.tokens.branches[0],
      'Assessment',
      theirs.assessmentId,
    );
    await refusedAsMissing(
      SUBMIT,
      (id) => ({ id, v: theirs.version }),
      a.tokens.branches[0],
      'Assessment',
      theirs.assessmentId,
    );
    await refusedAsMissing(
      REVIEW,
      (id) => ({ id, v: theirs.version, d: 'RETURN', c: '请补充' }),
      a.tokens.admin,
      'Assessment',
      theirs.assessmentId,
    );
    await refusedAsMissing(
      REOPEN,
      (id) => ({ id, v: theirs.version, r: '复核' }),
      a.tokens.admin,
      'Assessment',
      theirs.assessmentId,
    );
    expect(await stateOfB()).toEqual(before);
    expect(await deniedOnB()).toEqual([]);
  });

  it("rectification: another district's assessment, item and unit", async () => {
    const draft = {
      indicatorCode: 'ORG_MEETINGS',
      problem: '问题',
      requiredAction: '要求',
      deadline: '2099-01-10T16:00:00.000Z',
    };
    await refusedAsMissing(
      CREATE,
      (assessmentId) => ({ input: { ...draft, assessmentId } }),
      a.tokens.admin,
      'Assessment',
      theirs.assessmentId,
    );
    await refusedAsMissing(PROPOSALS, (id) => ({ id }), a.tokens.admin, 'Assessment', theirs.assessmentId);
    await refusedAsMissing(
      ANSWER,
      (id) => ({ input: { id, expectedVersion: 1, measures: '已整改' } }),
      a.tokens.branches[0],
      'RectificationItem',
      theirs.itemId,
    );
    await refusedAsMissing(
      VERIFY,
      (id) => ({ input: { id, expectedVersion: 1, accept: true } }),
      a.tokens.admin,
      'RectificationItem',
      theirs.itemId,
    );
    await refusedAsMissing(
      LIST,
      (unitId) => ({ f: { unitId } }),
      a.tokens.admin,
      'OrgUnit',
      b.tree.district.id,
    );
    await refusedAsMissing(COUNTS, (u) => ({ u }), a.tokens.admin, 'OrgUnit', b.tree.district.id);
    expect(await stateOfB()).toEqual(before);
    expect(await deniedOnB()).toEqual([]);
  });

  it("evidence: another district's files and assessment answer 404, as missing ones", async () => {
    const refused = async (path: (id: string) => string, id: string, token: string, method = 'GET') => {
      const foreign = await evidenceRequest(t, token, path(id), method);
      expect(foreign.status).toBe(404);
      const missing = await evidenceRequest(t, token, path(RANDOM_ID), method);
      alike(foreign.json(), missing.json(), id);
    };
    await refused((id) => `/${id}`, theirs.fileId, a.tokens.admin);
    await refused((id) => `/${id}/thumbnail`, theirs.fileId, a.tokens.admin);
    await refused((id) => `?assessmentId=${id}`, theirs.assessmentId, a.tokens.admin);
    await refused((id) => `/archive.zip?assessmentId=${id}`, theirs.assessmentId, a.tokens.admin);
    await refused((id) => `/${id}`, theirs.fileId, a.tokens.branches[0], 'DELETE');
    await refused((id) => `/${id}`, theirs.itemFileId, a.tokens.branches[0], 'DELETE');
    const upload = await uploadEvidence(t, a.tokens.branches[0], theirs.assessmentId, 'ORG_MEETINGS', [
      { name: 'x.pdf', bytes: SMALL_PDF },
    ]);
    expect(upload.status).toBe(404);
    const form = new FormData();
    form.append('files', new Blob([new Uint8Array(SMALL_PDF)]), 'x.pdf');
    const itemUpload = await fetch(`${t.url}/api/evidence?rectificationItemId=${theirs.itemId}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${a.tokens.branches[0]}` },
      body: form,
    });
    expect(itemUpload.status).toBe(404);
    expect(await stateOfB()).toEqual(before);
    expect(await deniedOnB()).toEqual([]);
  });

  it("deadlines, reminders, the audit log, notifications and reports: another district's units and rows", async () => {
    await refusedAsMissing(
      EXTEND,
      (branchId) => ({
        input: { period: PERIOD, branchId, deadline: '2099-02-10T16:00:00.000Z', reason: '延期' },
      }),
      a.tokens.admin,
      'OrgUnit',
      b.branches[0].id,
    );
    await refusedAsMissing(REMIND, (s) => ({ p: PERIOD, s }), a.tokens.admin, 'OrgUnit', b.tree.district.id);
    await refusedAsMissing(AUDIT, (u) => ({ u }), a.tokens.admin, 'OrgUnit', b.tree.district.id);
    // B's notifications (the item assigned to B-A1's secretary) cannot be marked read from A.
    const [theirNotification]: { id: string }[] = await t.dataSource.query(
      `SELECT id FROM notification WHERE district_id = $1 LIMIT 1`,
      [b.tree.district.id],
    );
    expect(theirNotification).toBeDefined();
    const marked = await t.gql<{ markNotificationsRead: number }>(
      MARK_READ,
      { ids: [theirNotification.id] },
      a.tokens.admin,
    );
    expect(marked.data?.markNotificationsRead).toBe(0);
    for (const path of [
      (id: string) => `/api/reports/quarterly.xlsx?unitId=${id}&period=${PERIOD}`,
      (id: string) => `/api/reports/branch.pdf?branchId=${id}&period=${PERIOD}`,
      (id: string) => `/api/imports/template.xlsx?unitId=${id}&period=${PERIOD}`,
    ]) {
      const id = path(RANDOM_ID).includes('branchId') ? b.branches[0].id : b.tree.district.id;
      const foreign = await download(t, path(id), a.tokens.admin);
      expect(foreign.status).toBe(404);
      alike(foreign.json(), (await download(t, path(RANDOM_ID), a.tokens.admin)).json(), id);
    }
    expect(await stateOfB()).toEqual(before);
    // The audit log's unit filter audits every unit it cannot show, unknown ones too.
    expect(await deniedOnB()).toEqual(['audit.read']);
  });
});
