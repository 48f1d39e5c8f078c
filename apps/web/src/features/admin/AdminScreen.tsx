import { AdminPage } from './components/AdminPage';

/** The /admin route's screen; default export for React.lazy in the router. */
export default function AdminScreen() {
  return <AdminPage />;
}
