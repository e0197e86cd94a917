/** Cookie and CSRF headers of one signed-in user, as the web app sends them. */
export type SessionHeaders = Record<string, string>;

/** Signs in over HTTP like the web app: the session cookie, and the CSRF token from the body. */
export async function signIn(url: string, email: string, password: string): Promise<SessionHeaders> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!res.ok) throw new Error(`sign-in failed (${res.status}); was the data generated with the same bench password?`);
  // Production names it with the __Host- prefix.
  const cookie = res.headers.getSetCookie().find((c) => /^(__Host-)?careloop_session=/.test(c));
  const body = (await res.json()) as { csrfToken?: string };
  if (!cookie || !body.csrfToken) throw new Error('sign-in returned no session');
  return { cookie: cookie.split(';')[0]!, 'x-csrf-token': body.csrfToken };
}

/** Signs in each email once, a few at a time (password hashing is deliberately slow). */
export async function signInAll(
  url: string,
  emails: readonly string[],
  password: string,
): Promise<Map<string, SessionHeaders>> {
  const out = new Map<string, SessionHeaders>();
  const queue = [...new Set(emails)];
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      for (let email = queue.shift(); email; email = queue.shift()) out.set(email, await signIn(url, email, password));
    }),
  );
  return out;
}
