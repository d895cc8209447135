/**
 * Removes what can no longer be used: ended sessions, SAML requests past their lifetime, assertion
 * IDs past their validity (they can no longer be replayed), old login-throttle windows and the test
 * IdP's stale requests. Every instance runs it now and then; the deletes are idempotent, so several
 * instances doing it at once is harmless.
 */
import type { SessionPolicy } from "~/domain/session-policy";
import { deleteExpiredSamlRequests } from "~/models/saml-request.server";
import { deleteOldTestIdpRequests } from "~/models/test-idp-request.server";
import { forgetExpiredAssertions } from "~/models/used-assertion.server";
import type { DbOrTrx } from "~/utils/db.server";
import { purgeExpiredSessions } from "./session-store.server";
import { purgeLoginThrottle } from "./staff-auth.server";

export interface HousekeepingResult {
  sessions: number;
  samlRequests: number;
  assertions: number;
  throttles: number;
  testIdpRequests: number;
}

export async function housekeeping(db: DbOrTrx, policy: SessionPolicy, skewMs: number, now = new Date()): Promise<HousekeepingResult> {
  const iso = now.toISOString();
  return {
    sessions: await purgeExpiredSessions(db, policy, now),
    samlRequests: await deleteExpiredSamlRequests(db, iso),
    // Kept a clock skew longer than their validity, the window in which a replay could still pass.
    assertions: await forgetExpiredAssertions(db, new Date(now.getTime() - skewMs).toISOString()),
    throttles: await purgeLoginThrottle(db, now),
    testIdpRequests: await deleteOldTestIdpRequests(db, new Date(now.getTime() - 60 * 60_000).toISOString()),
  };
}
