import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorAlert, LoadingStatus } from '@pakt/web-ui';
import { signInPath } from '../paths';
import { useViewer } from '../session/use-viewer';

/** A layout route for pages of members: anonymous visitors go to sign-in and come back after it. */
export function RequireSignIn() {
  const state = useViewer();
  const { pathname, search, hash } = useLocation();
  switch (state.status) {
    case 'loading':
      return <LoadingStatus />;
    case 'failed':
      return <ErrorAlert onRetry={state.retry} />;
    case 'anonymous':
      return <Navigate to={signInPath(`${pathname}${search}${hash}`)} replace />;
    case 'signed-in':
      return <Outlet />;
  }
}
