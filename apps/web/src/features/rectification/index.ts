export { RectificationPanel } from './components/RectificationPanel';
export { indicatorChoices } from './model/indicator-choices';
export type { PendingRectification } from './components/CreateRectificationModal';
export { RectificationCountsCard } from './components/RectificationCountsCard';
export {
  OpenRectificationNotes,
  useOpenRectifications,
  type OpenRectification,
} from './components/OpenRectificationNotes';
