import { useAssessmentsSuite } from '../../assessments/assessments.int-fixtures';
import { CHANGE_DEADLINE, OPEN_PERIOD } from '../../assessments/testing/assessment-ops';

const CREATE_RECTIFICATION = `mutation ($input: CreateRectificationInput!) {
  createRectification(input: $input) { id deadline } }`;

type Errors = { message: string; extensions?: Record<string, unknown> }[] | undefined;

/** The answer to a refused date: the client's input, naming the field and what is wrong with it. */
function expectRefused(errors: Errors, field: string, reason: string) {
  expect(errors).toHaveLength(1);
  expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  expect(errors![0].message).toContain(`Variable "$${field}" got invalid value`);
  expect(errors![0].message).toContain(reason);
}

/**
 * Every DateTime input is strict, not only extendDeadline's (deadline-extensions.int-spec.ts): the
 * schema maps TS `Date` to one strict DateTime (app.module.ts). Nest's own read these with
 * `new Date(value)`: 2027-02-30 became 2027-03-02, and a zone-less time was read in the server's zone.
 */
describe('DateTime inputs (GraphQL over HTTP)', () => {
  const suite = useAssessmentsSuite();

  it('refuses an impossible or zone-less quarter deadline, naming it; a real one opens the quarter', async () => {
    const { t, tokens, frameworkId } = suite;
    const open = (deadline: string) =>
      t.gql<{ openPeriod: { deadline: string } }>(
        OPEN_PERIOD,
        { code: '2026Q4', frameworkId, deadline },
        tokens.admin,
      );

    const impossible = await open('2027-02-30');
    expect(impossible.errors?.[0].message).toBe(
      'Variable "$deadline" got invalid value "2027-02-30"; Expected type DateTime. ' +
        '"2027-02-30" is not a date on the calendar: 2027-02 has 28 days (e.g. 2027-02-01T16:00:00Z)',
    );
    expectRefused(impossible.errors, 'deadline', '2027-02 has 28 days');
    expectRefused((await open('2027-01-10T24:00:00Z')).errors, 'deadline', 'is not a time of day');
    expectRefused((await open('2027-01-10T16:00')).errors, 'deadline', 'with its time zone');

    // Nothing was opened by the refusals (a second opening of 2026Q4 would be refused), and a time
    // with its offset is the instant it names.
    const opened = await open('2027-03-01T00:00+08:00');
    expect(opened.errors).toBeUndefined();
    expect(opened.data!.openPeriod.deadline).toBe('2027-02-28T16:00:00.000Z');
  });

  it('refuses an impossible new deadline for an open quarter and keeps the old one', async () => {
    const { t, tokens, openPeriod } = suite;
    const period = await openPeriod('2026Q3', '2027-01-10T16:00:00.000Z');
    const change = (d: string) =>
      t.gql<{ changePeriodDeadline: { deadline: string } }>(
        CHANGE_DEADLINE,
        { id: period.id, d, r: '统一延后' },
        tokens.admin,
      );

    expectRefused((await change('2027-04-31T16:00:00Z')).errors, 'd', '2027-04 has 30 days');
    const kept = await t.gql<{ periods: { id: string; deadline: string }[] }>(
      `query { periods { id deadline } }`,
      {},
      tokens.admin,
    );
    expect(kept.data?.periods.find((p) => p.id === period.id)?.deadline).toBe('2027-01-10T16:00:00.000Z');

    const moved = await change('2027-04-30T16:00:00Z');
    expect(moved.errors).toBeUndefined();
    expect(moved.data!.changePeriodDeadline.deadline).toBe('2027-04-30T16:00:00.000Z');
  });

  it('refuses an impossible rectification due date, naming the field; a real leap day is kept', async () => {
    const { t, tree, tokens, openPeriod, load } = suite;
    await openPeriod('2026Q2');
    const assessment = await load('reviewer', tree.branches[0].id, '2026Q2');
    const create = (deadline: string) =>
      t.gql<{ createRectification: { deadline: string } }>(
        CREATE_RECTIFICATION,
        {
          input: {
            assessmentId: assessment.id,
            indicatorCode: 'ORG_THEME_DAYS',
            problem: '主题党日开展不足',
            requiredAction: '补开主题党日',
            deadline,
          },
        },
        tokens.reviewer,
      );

    expectRefused((await create('2027-02-29T16:00:00Z')).errors, 'deadline', '2027-02 has 28 days');
    expectRefused((await create('2027-03-01 16:00Z')).errors, 'deadline', 'ISO 8601');

    const created = await create('2028-02-29T16:00:00Z');
    expect(created.errors).toBeUndefined();
    expect(created.data!.createRectification.deadline).toBe('2028-02-29T16:00:00.000Z');
  });

  it('refuses an impossible date written into the query too, with the reason and where it is', async () => {
    const { t, tokens, frameworkId } = suite;
    const query = `mutation { openPeriod(code: "2026Q1", frameworkId: "${frameworkId}", deadline: "2027-02-30") { id } }`;
    const r = await t.gql<unknown>(query, {}, tokens.admin);
    expect(r.errors).toHaveLength(1);
    // graphql-js validates a literal before anything runs: the document is refused as invalid (400),
    // with the scalar's reason and the place of the value in the query, which names no variable.
    expect(r.errors![0]).toMatchObject({
      message: '"2027-02-30" is not a date on the calendar: 2027-02 has 28 days (e.g. 2027-02-01T16:00:00Z)',
      locations: [{ line: 1, column: query.indexOf('"2027-02-30"') + 1 }],
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });
});
