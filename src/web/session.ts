// The signed-in session, cached by TanStack Query under ['session'].
import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { getSession } from './api';
import type { Role, Session, SessionUser } from './api-types';

export const SESSION_KEY = ['session'] as const;

export function useSession() {
  return useQuery({ queryKey: SESSION_KEY, queryFn: getSession, staleTime: 5 * 60_000, retry: 1 });
}

/** The active user; only call below the sign-in guard. */
export function useCurrentUser(): SessionUser | null {
  const { data } = useSession();
  return data?.stage === 'active' ? data.user : null;
}

export function hasRole(user: SessionUser | null, ...roles: Role[]): boolean {
  return Boolean(user && user.roles.some((role) => roles.includes(role)));
}

/** Where a user starts: their cases, or, for an administrator without case work, the users page. */
export function homePath(user: SessionUser | null): string {
  return hasRole(user, 'labour_expert', 'office_staff') || !hasRole(user, 'org_admin') ? '/dossiers' : '/beheer/gebruikers';
}

/** Re-reads the session (new CSRF token) and stores it in the cache. */
export async function refreshSession(queryClient: QueryClient): Promise<Session> {
  const session = await getSession();
  queryClient.setQueryData(SESSION_KEY, session);
  return session;
}

export function useRefreshSession() {
  const queryClient = useQueryClient();
  return () => refreshSession(queryClient);
}
