import { endpoints, type MeResponse, type Role } from '@careloop/core';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { setCsrfToken, setSessionExpiryListener, setUnauthorizedHandler } from './api.js';
import { call } from './endpoint-api.js';

interface SessionValue {
  me: MeResponse | null;
  loading: boolean;
  idleExpiresAt: number | null;
  /** True while the re-authentication dialog is shown over the current page. */
  reauthRequired: boolean;
  /** The password step; with MFA on, the session then waits for `verifyMfa`. */
  signIn: (email: string, password: string) => Promise<SignInStep>;
  verifyMfa: (code: string) => Promise<void>;
  signOut: () => Promise<void>;
  /** Reads the session again (after a password change or MFA enrolment). */
  refresh: () => Promise<void>;
  /** Sign in again without leaving the page; resolves the requests that were waiting. */
  reauthenticate: (email: string, password: string) => Promise<SignInStep>;
  reauthenticateMfa: (code: string) => Promise<void>;
  requireReauth: () => void;
  keepAlive: () => Promise<void>;
  hasRole: (...roles: Role[]) => boolean;
}

export type SignInStep = 'signed_in' | 'mfa_required';

const SessionContext = createContext<SessionValue | null>(null);

// The session probe answers 200 when signed out too: public pages must not log a failed request.
async function fetchMe(): Promise<MeResponse | null> {
  const res = await call(endpoints.auth.session, {}, { noReauth: true });
  return res.signedIn ? res.me : null;
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<MeResponse | null>(null);
  const [loading, setLoading] = useState(true);
  const [idleExpiresAt, setIdleExpiresAt] = useState<number | null>(null);
  const [reauthRequired, setReauthRequired] = useState(false);
  const waiting = useRef<(() => void)[]>([]);

  const adopt = useCallback((next: MeResponse | null) => {
    setMe(next);
    setCsrfToken(next?.csrfToken ?? null);
    setIdleExpiresAt(next ? Date.parse(next.session.idleExpiresAt) : null);
  }, []);

  useEffect(() => {
    setSessionExpiryListener((iso) => setIdleExpiresAt(Date.parse(iso)));
    fetchMe()
      .then(adopt)
      .catch(() => adopt(null))
      .finally(() => setLoading(false));
    return () => setSessionExpiryListener(null);
  }, [adopt]);

  // While signed in, a 401 means the session ended under us: keep the page, ask to sign in again.
  useEffect(() => {
    if (!me) {
      setUnauthorizedHandler(null);
      return;
    }
    setUnauthorizedHandler(
      () =>
        new Promise<void>((resolve) => {
          waiting.current.push(resolve);
          setReauthRequired(true);
        }),
    );
    return () => setUnauthorizedHandler(null);
  }, [me]);

  const signIn = useCallback(
    async (email: string, password: string) => {
      const res = await call(endpoints.auth.login, { body: { email, password } }, { noReauth: true });
      setCsrfToken(res.csrfToken);
      if ('mfaRequired' in res) return 'mfa_required';
      adopt(await fetchMe());
      return 'signed_in';
    },
    [adopt],
  );

  const verifyMfa = useCallback(
    async (code: string) => {
      const res = await call(endpoints.auth.verifyMfa, { body: { code } }, { noReauth: true });
      setCsrfToken(res.csrfToken);
      adopt(await fetchMe());
    },
    [adopt],
  );

  const refresh = useCallback(async () => {
    adopt(await fetchMe());
  }, [adopt]);

  const release = useCallback(() => {
    setReauthRequired(false);
    const resolvers = waiting.current;
    waiting.current = [];
    for (const resolve of resolvers) resolve();
  }, []);

  const reauthenticate = useCallback(
    async (email: string, password: string) => {
      const step = await signIn(email, password);
      if (step === 'signed_in') release();
      return step;
    },
    [signIn, release],
  );

  const reauthenticateMfa = useCallback(
    async (code: string) => {
      await verifyMfa(code);
      release();
    },
    [verifyMfa, release],
  );

  const signOut = useCallback(async () => {
    try {
      await call(endpoints.auth.logout, {}, { noReauth: true });
    } catch {
      // Already signed out on the server: nothing to undo.
    }
    waiting.current = [];
    setReauthRequired(false);
    adopt(null);
  }, [adopt]);

  const keepAlive = useCallback(async () => {
    const next = await call(endpoints.auth.me);
    adopt(next);
  }, [adopt]);

  const value = useMemo<SessionValue>(
    () => ({
      me,
      loading,
      idleExpiresAt,
      reauthRequired,
      signIn,
      verifyMfa,
      signOut,
      refresh,
      reauthenticate,
      reauthenticateMfa,
      requireReauth: () => setReauthRequired(true),
      keepAlive,
      hasRole: (...roles) => !!me && me.roles.some((r) => roles.includes(r)),
    }),
    [
      me,
      loading,
      idleExpiresAt,
      reauthRequired,
      signIn,
      verifyMfa,
      signOut,
      refresh,
      reauthenticate,
      reauthenticateMfa,
      keepAlive,
    ],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
