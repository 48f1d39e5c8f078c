import { useSuite } from '../../test/use-suite';
import { CREATE } from '../rectification/rectification.int-fixtures';
import { createRectificationFixture } from '../rectification/testing/rectification-fixture';

const EVENTS = `query ($f: AuditEventsFilterInput) { auditEvents(filter: $f) { total items { action targetType targetName } } }`;

type Item = { action: string; targetType: string; targetName: string | null };

/**
 * What belongs to a branch besides its assessment (a rectification item, an evidence file, its
 * annual values) is named by the branch in the audit log and found under the branch's units.
 */
describe('audit log: events on what belongs to a branch', () => {
  const suite = useSuite(createRectificationFixture);

  it('names them by branch and quarter and lists them under the branch’s street only', async () => {
    const { t, tree, assessmentId, ok } = suite;
    const branch = tree.branches[0];
    await ok(
      CREATE,
      {
        input: {
          assessmentId,
          indicatorCode: 'ORG_THEME_DAYS',
          problem: '主题党日开展不足',
          requiredAction: '补开',
          deadline: '2099-03-01T16:00:00.000Z',
        },
      },
      'reviewer',
    );
    // An evidence file of the branch's assessment and its annual values, as their services audit them.
    const [file] = await t.dataSource.query(
      `INSERT INTO evidence_file (district_id, assessment_id, indicator_code, sha256, size_bytes, mime_type, original_name)
       VALUES ($1, $2, 'ORG_THEME_DAYS', repeat('a', 64), 10, 'application/pdf', '记录.pdf') RETURNING id`,
      [tree.district.id, assessmentId],
    );
    await t.dataSource.query(
      `INSERT INTO audit_event (district_id, action, target_type, target_id, after)
       VALUES ($1, 'EVIDENCE_UPLOADED', 'EvidenceFile', $2, '{}'), ($1, 'ANNUAL_VALUES_SAVED', 'AnnualValues', $3, '{}')`,
      [tree.district.id, file.id, `${branch.id}/2026`],
    );

    const under = async (unitId: string) =>
      (await ok<{ auditEvents: { items: Item[] } }>(EVENTS, { f: { unitId } }, 'admin')).auditEvents.items;
    const names = (items: Item[]) =>
      Object.fromEntries(
        items
          .filter((i) => ['RectificationItem', 'EvidenceFile', 'AnnualValues'].includes(i.targetType))
          .map((i) => [i.targetType, i.targetName]),
      );
    expect(names(await under(tree.streets[0].id))).toEqual({
      RectificationItem: `${branch.name} 2026Q2`,
      EvidenceFile: `${branch.name} 2026Q2`,
      AnnualValues: `${branch.name} 2026`,
    });
    expect(names(await under(branch.id))).toHaveProperty('RectificationItem');
    expect(names(await under(tree.streets[1].id))).toEqual({});
  });

  it('names a quarter by its code, a framework by its name and version, a year by itself', async () => {
    const { ok } = suite;
    const all = (await ok<{ auditEvents: { items: Item[] } }>(EVENTS, { f: { limit: 500 } }, 'admin'))
      .auditEvents.items;
    const nameOf = (action: string) => all.find((i) => i.action === action)?.targetName;
    expect(nameOf('PERIOD_OPENED')).toBe('2026Q2');
    expect(nameOf('FRAMEWORK_IMPORTED')).toMatch(/^基层党建考评默认方案 v\d+$/);
  });
});
