/**
 * When the outbox tries again after a failed send: one minute after the first failure, then doubling
 * (2, 4, 8 … minutes) up to six hours; after MAX_SEND_ATTEMPTS tries the message is given up on and the
 * back office's outbox page shows it with its last error.
 */
export const MAX_SEND_ATTEMPTS = 8;

const MINUTE = 60_000;
const CAP = 6 * 60 * MINUTE;

export function retryDelayMs(attemptsSoFar: number): number {
  const n = Math.max(1, attemptsSoFar);
  return Math.min(CAP, MINUTE * 2 ** (n - 1));
}
