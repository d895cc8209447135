/**
 * How long the identity steps take on this machine (not a test: it prints figures). On a fresh
 * SQLite database with the demo seed: starting a SPID login (sign the AuthnRequest, store it), the
 * test IdP's answer (build and sign the Response), the assertion consumer service (consume the
 * request, node-saml signatures, SPID checks, replay table, citizen, audit), and the staff password
 * step (argon2id verify). `BENCH_ITERATIONS` (default 200; the staff step runs a tenth of them).
 *
 *   npm run bench:identity
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase } from "#db/connection";
import { migrateToLatest } from "#db/migrator";
import { DEMO_STAFF_PASSWORD } from "#db/seed/staff";
import { seed } from "#db/seed/index";
import { NO_REQUEST } from "../app/services/audit.server";
import { completeLogin, startLogin } from "../app/services/auth.server";
import { identityConfig } from "../app/services/identity-config.server";
import { passwordStep } from "../app/services/staff-auth.server";
import { answerRequest, receiveAuthnRequest } from "../app/test-idp/idp.server";

const N = Number(process.env.BENCH_ITERATIONS ?? 200);
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

function report(name: string, samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
  console.log(`${name.padEnd(44)} n=${String(samples.length).padStart(4)}  mean ${mean.toFixed(2).padStart(7)} ms  p50 ${percentile(sorted, 50).toFixed(2).padStart(7)} ms  p99 ${percentile(sorted, 99).toFixed(2).padStart(7)} ms`);
}

const dir = mkdtempSync(join(tmpdir(), "bench-identity-"));
const db = openDatabase(`file:${join(dir, "bench.sqlite")}`);
try {
  await migrateToLatest(db);
  await seed(db, new Date(), { demoStaff: true });
  const config = await identityConfig(db, "http://127.0.0.1:3000");
  const idp = config.testIdp.entityId.spid;
  const start: number[] = [];
  const idpSide: number[] = [];
  const acs: number[] = [];
  for (let i = 0; i < N; i++) {
    let t = performance.now();
    const started = await startLogin(db, config, { profile: "spid", idpEntityId: idp, level: 2, returnTo: "/area-personale", binding: "redirect" }, { now: new Date(), requestTtlMs: 900_000 });
    start.push(performance.now() - t);
    if (!started.ok || started.kind !== "redirect") throw new Error("login did not start");
    t = performance.now();
    const received = await receiveAuthnRequest(db, config, { rawQuery: new URL(started.url).search }, new Date(), 30_000);
    if (!received.ok) throw new Error(received.reasons.join("; "));
    const answer = await answerRequest(db, config, { requestKey: received.requestKey, citizenKey: "anna-bianchi", level: 2, outcome: "ok" }, new Date());
    if (!answer.ok) throw new Error(answer.reason);
    idpSide.push(performance.now() - t);
    t = performance.now();
    const done = await completeLogin(db, config, { profile: "spid", samlResponse: answer.fields.SAMLResponse!, relayState: answer.fields.RelayState!, bindingNonce: started.nonce }, { now: new Date(), requestTtlMs: 900_000, skewMs: 30_000 }, NO_REQUEST);
    acs.push(performance.now() - t);
    if (!done.ok) throw new Error(done.codes.join(", "));
  }
  const staff: number[] = [];
  for (let i = 0; i < Math.max(5, Math.floor(N / 10)); i++) {
    const t = performance.now();
    const r = await passwordStep(db, { username: "tributi", password: DEMO_STAFF_PASSWORD }, { ip: `10.0.${Math.floor(i / 200)}.${i % 200}`, userAgent: "bench", requestId: null });
    staff.push(performance.now() - t);
    if (!r.ok) throw new Error(`staff login: ${r.reason}`);
  }
  console.log(`identity steps on SQLite, ${N} logins (Node ${process.version})`);
  report("SP: sign and store the AuthnRequest", start);
  report("test IdP: verify request, sign the Response", idpSide);
  report("SP: assertion consumer service (all checks)", acs);
  report("staff: password step (argon2id verify)", staff);
} finally {
  await db.destroy();
  rmSync(dir, { recursive: true, force: true });
}
