import { RECTIFICATION_STATUS_NAMES } from '@pathboard/reports';
import type { EntityManager } from 'typeorm';
import type { AccessPolicy } from '../auth/access-policy.service';
import type { AuthUser } from '../auth/auth-user';
import { badUserInput, notFound } from '../common/errors';

export interface EvidenceItem {
  id: string;
  districtId: string;
  assessmentId: string;
  indicatorCode: string;
}

/**
 * The rectification item (locked FOR UPDATE) whose answer evidence the caller's branch may change:
 * its own branch's item, still OPEN (waiting for the answer). Another branch's or district's, or an
 * unknown id, answers as missing. `sentWith`: the ANSWER event a file to remove was already sent with.
 */
export async function lockOpenItem(
  m: EntityManager,
  policy: AccessPolicy,
  user: AuthUser,
  ref: { rectificationItemId: string | null; rectificationEventId?: string | null },
  action: string,
): Promise<EvidenceItem> {
  const id = ref.rectificationItemId!;
  const [row]: Record<string, unknown>[] = await m.query(
    `SELECT r.id, r.district_id, r.assessment_id, r.indicator_code, r.status, r.branch_id, u.path AS branch_path
       FROM rectification_item r JOIN org_unit u ON u.district_id = r.district_id AND u.id = r.branch_id
      WHERE r.id = $1 AND r.district_id = $2 FOR UPDATE OF r`,
    [id, user.districtId],
  );
  const missing = () => notFound('RectificationItem', id);
  if (!row) throw missing();
  policy.assertCanSeeBranchValues(
    user,
    { id: row['branch_id'] as string, path: row['branch_path'] as string },
    action,
    missing,
  );
  if (row['status'] !== 'OPEN')
    throw badUserInput(
      `the rectification item is ${String(row['status']).toLowerCase()}: its answer's evidence can no longer change`,
      {
        field: 'rectificationItemId',
        reason: 'NOT_EDITABLE',
        status: row['status'],
        action,
        messageZh: `该整改事项当前为“${RECTIFICATION_STATUS_NAMES[row['status'] as keyof typeof RECTIFICATION_STATUS_NAMES] ?? row['status']}”，反馈的佐证材料不能再修改`,
      },
    );
  if (ref.rectificationEventId)
    throw badUserInput(`the file was sent with an earlier answer and stays in the item's history`, {
      field: 'id',
      reason: 'NOT_EDITABLE',
      action,
      messageZh: '该文件已随之前的反馈提交，保留在整改记录中，不能删除',
    });
  return {
    id,
    districtId: row['district_id'] as string,
    assessmentId: row['assessment_id'] as string,
    indicatorCode: row['indicator_code'] as string,
  };
}
