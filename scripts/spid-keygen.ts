/**
 * `npm run spid:keygen -- --base-url https://sportello.comune.example.it --out-dir /etc/sportello`
 *
 * Makes the comune's own SP key and self-signed certificate with the AgID profile
 * (docs/identity-plan.md §6): RSA 3072, SHA-256, 730 days, the subject from the `comune` row
 * (name, IPA code, locality) and the entityID. Public SPs may self-sign (RT-MD). It never
 * overwrites an existing file: a replaced key must also be replaced in the metadata AgID holds.
 *
 * Options: --base-url (default PUBLIC_BASE_URL), --out-dir (required), --profile spid|cie
 * (default spid; CIE gets its own pair, cie-sp-*.pem, and its /cie/metadata entityID).
 * DATABASE_URL is read directly, not through env.server.ts, which in production would insist on
 * the very key files this script makes.
 */
import { constants } from "node:fs";
import { access, mkdir, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { openDatabase } from "#db/connection";
import { generateKeyPair, spCertificateSubject } from "../app/services/keys.server";

function args(argv: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith("--")) throw new Error(`Unexpected argument: ${arg}`);
    const eq = arg.indexOf("=");
    if (eq > 0) out[arg.slice(2, eq)] = arg.slice(eq + 1);
    else {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith("--")) throw new Error(`${arg} needs a value`);
      out[arg.slice(2)] = value;
      i++;
    }
  }
  return out;
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path, constants.F_OK);
    return true;
  } catch {
    return false;
  }
}

async function main(): Promise<void> {
  const opts = args(process.argv.slice(2));
  const profile = opts.profile ?? "spid";
  if (profile !== "spid" && profile !== "cie") throw new Error("--profile must be spid or cie");
  const baseUrl = (opts["base-url"] ?? process.env.PUBLIC_BASE_URL ?? "").replace(/\/+$/, "");
  if (!baseUrl) throw new Error("--base-url (or PUBLIC_BASE_URL) is required: the entityID is derived from it");
  const url = new URL(baseUrl);
  if (url.protocol !== "https:") console.warn(`warning: ${baseUrl} is not https; SPID requires https in production`);
  if (url.port) console.warn(`warning: ${baseUrl} has a custom port; SPID metadata checks refuse it`);
  if (!opts["out-dir"]) throw new Error("--out-dir is required");
  const outDir = resolve(opts["out-dir"]);
  const prefix = profile === "cie" ? "cie-sp" : "sp";
  const keyFile = resolve(outDir, `${prefix}-key.pem`);
  const certFile = resolve(outDir, `${prefix}-cert.pem`);
  for (const f of [keyFile, certFile]) if (await exists(f)) throw new Error(`${f} exists: refusing to overwrite it (move it away first)`);

  const db = openDatabase(process.env.DATABASE_URL ?? "file:./data/sportello.sqlite");
  let comune: { name: string; ipa_code: string; locality: string } | undefined;
  try {
    comune = await db.selectFrom("comune").select(["name", "ipa_code", "locality"]).orderBy("id").limit(1).executeTakeFirst();
  } finally {
    await db.destroy();
  }
  if (!comune) throw new Error("No comune row: run `npm run db:seed` (or configure the comune) first");

  const entityId = `${baseUrl}/${profile}/metadata`;
  const pair = await generateKeyPair(spCertificateSubject(comune, entityId));
  await mkdir(outDir, { recursive: true });
  // "wx": fail rather than overwrite if a file appeared in the meantime.
  await writeFile(keyFile, pair.privateKeyPem, { mode: 0o600, flag: "wx" });
  await writeFile(certFile, pair.certificatePem, { mode: 0o644, flag: "wx" });

  const env = profile === "cie" ? "CIE" : "SPID";
  console.log(`Key and certificate for ${comune.name} (${entityId}) written. Add to the environment:\n`);
  console.log(`${env}_SP_KEY_FILE=${keyFile}`);
  console.log(`${env}_SP_CERT_FILE=${certFile}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
