import { useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { hasErrorCode } from '@pakt/web-data';
import { SignOutEverywhereMutation, SignOutMutation } from '../graphql/mutations';
import { SIGN_IN_PATH } from '../paths';
import { useSession } from './SessionProvider';

export type SignedOut = 'here' | 'everywhere';

/** What the sign-in page is told after a sign-out, to confirm it. */
export interface SignInPageState {
  readonly signedOut?: SignedOut;
}

/** Ends this session (or every session of the account), starts over empty and shows sign-in. */
export function useSignOut(where: SignedOut) {
  const [, signOutHere] = useMutation(SignOutMutation);
  const [, signOutEverywhere] = useMutation(SignOutEverywhereMutation);
  const { restart } = useSession();
  const navigate = useNavigate();
  const running = useRef(false);
  const [failed, setFailed] = useState(false);

  const run = async () => {
    if (running.current) return;
    running.current = true;
    setFailed(false);
    const { error } = where === 'here' ? await signOutHere({}) : await signOutEverywhere({});
    running.current = false;
    // Without a session the server has nothing to end: that is signed out as well.
    if (error && !hasErrorCode(error, 'UNAUTHENTICATED')) {
      setFailed(true);
      return;
    }
    restart();
    navigate(SIGN_IN_PATH, { state: { signedOut: where } satisfies SignInPageState });
  };
  return { signOut: () => void run(), failed };
}
