export { RectificationPanel } from './components/RectificationPanel';
