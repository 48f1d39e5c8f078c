import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { NotFoundPage } from '../../shared/components/StatusPages';
import { useSession } from '../auth';
import { BranchDashboard, BranchRefusal } from './components/BranchDashboard';

/** A branch id's shape (the API's ids are UUIDs; it refuses anything else before looking). */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const isBranchId = (id: string): boolean => UUID.test(id);

/** /my-branch — the signed-in branch secretary's own branch. */
export function MyBranchScreen() {
  const { t } = useTranslation();
  const { session } = useSession();
  const branchId = session?.user.scopeUnit?.id;
  if (!branchId) return <Result status="warning" title={t('branch.noBranch')} />;
  return <BranchDashboard key={branchId} branchId={branchId} ownBranch />;
}

/**
 * /branches/:branchId?period=2026Q4 — any branch in the caller's scope (committee users come here
 * from the overview). Scope is the API's decision: anything else comes back NOT_FOUND (as a missing branch) and is refused.
 * An id that is no UUID (a mistyped link) is answered here as a missing branch, before any query:
 * no half page, no "branchId must be a UUID".
 */
export default function BranchScreen() {
  const { branchId } = useParams();
  const { session } = useSession();
  if (!branchId) return <NotFoundPage />;
  if (!isBranchId(branchId)) return <BranchRefusal />;
  const own = session?.user.role === 'BRANCH' && session.user.scopeUnit?.id === branchId;
  return <BranchDashboard key={branchId} branchId={branchId} ownBranch={own} />;
}
