/**
 * When a session ends. An idle timeout (no request for a while) protects a shared computer; an
 * absolute timeout bounds a stolen cookie. The idle end is announced before it comes, so a reader
 * can extend it (WCAG 2.2.1 Timing Adjustable): `warnBeforeSeconds` says when to ask.
 */
export interface SessionPolicy {
  idleSeconds: number;
  absoluteSeconds: number;
  warnBeforeSeconds: number;
}

export const DEFAULT_SESSION_POLICY: SessionPolicy = {
  idleSeconds: 30 * 60,
  absoluteSeconds: 12 * 60 * 60,
  warnBeforeSeconds: 2 * 60,
};

export type SessionState = "active" | "idle-expired" | "absolute-expired";

export function sessionState(
  now: Date,
  session: { lastSeenAt: string; absoluteExpiresAt: string },
  policy: SessionPolicy,
): SessionState {
  if (now.getTime() >= Date.parse(session.absoluteExpiresAt)) return "absolute-expired";
  if (now.getTime() - Date.parse(session.lastSeenAt) >= policy.idleSeconds * 1000) return "idle-expired";
  return "active";
}

/** Seconds left before the session ends, by whichever timeout comes first. */
export function secondsLeft(now: Date, session: { lastSeenAt: string; absoluteExpiresAt: string }, policy: SessionPolicy): number {
  const idleEnd = Date.parse(session.lastSeenAt) + policy.idleSeconds * 1000;
  const end = Math.min(idleEnd, Date.parse(session.absoluteExpiresAt));
  return Math.max(0, Math.floor((end - now.getTime()) / 1000));
}

export function absoluteExpiry(createdAt: Date, policy: SessionPolicy): string {
  return new Date(createdAt.getTime() + policy.absoluteSeconds * 1000).toISOString();
}
