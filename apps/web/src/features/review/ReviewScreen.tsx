import { Route, Routes } from 'react-router-dom';
import { NotFoundPage } from '../../shared/components/StatusPages';
import { ReviewDetail } from './components/ReviewDetail';
import { ReviewQueue } from './components/ReviewQueue';

/** /review — the queue; /review/:branchId?period=2026Q4 — one branch's assessment under review. */
export default function ReviewScreen() {
  return (
    <Routes>
      <Route index element={<ReviewQueue />} />
      <Route path=":branchId" element={<ReviewDetail />} />
      <Route path="*" element={<NotFoundPage homePath="/review" />} />
    </Routes>
  );
}
