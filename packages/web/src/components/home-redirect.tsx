import { Navigate } from 'react-router';
import { homePath } from '../lib/home-path.js';
import { useSession } from '../lib/session.js';

/** `/`: each role starts on its own work page (behind RequireAuth, so `me` is set). */
export function HomeRedirect() {
  const { me } = useSession();
  return <Navigate to={homePath(me?.roles ?? [])} replace />;
}
