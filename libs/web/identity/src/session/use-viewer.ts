import { useQuery } from 'urql';
import type { ViewerQuery as ViewerResult } from '@pakt/web-data';
import { ViewerQuery } from '../graphql/queries';

export type Viewer = NonNullable<ViewerResult['viewer']>;

export type ViewerState =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly retry: () => void }
  | { readonly status: 'anonymous' }
  | { readonly status: 'signed-in'; readonly viewer: Viewer };

/** Who is signed in, from the one viewer query (shared through the client's cache). */
export function useViewer(): ViewerState {
  const [{ data, error }, reexecute] = useQuery({ query: ViewerQuery });
  if (error && !data) return { status: 'failed', retry: () => reexecute({ requestPolicy: 'network-only' }) };
  if (!data) return { status: 'loading' };
  return data.viewer ? { status: 'signed-in', viewer: data.viewer } : { status: 'anonymous' };
}

/** The name to greet the viewer with: their name in Pakt, else the e-mail address they signed in with. */
export function viewerName(viewer: Viewer): string {
  return viewer.people[0]?.displayName ?? viewer.account.email;
}
