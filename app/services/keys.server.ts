/**
 * Key pairs for SAML signing (docs/identity-plan.md §6). Production SP keys come from files made by
 * `npm run spid:keygen`; demo/test SP keys and the test IdP key are generated on first use and kept
 * in `signing_key`, so that every worker and every restart signs with the same key.
 */
import { execFile } from "node:child_process";
import { createPrivateKey, X509Certificate } from "node:crypto";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { findSigningKey, insertSigningKeyIfAbsent } from "~/models/signing-key.server";
import type { DbOrTrx } from "~/utils/db.server";

const run = promisify(execFile);
const OPENSSL = process.env.OPENSSL_BIN ?? "openssl";

export interface KeyPair {
  privateKeyPem: string;
  certificatePem: string;
}

export interface CertificateSubject {
  commonName: string;
  organizationName?: string;
  /** `PA:IT-<IPA code>` for a public SP. */
  organizationIdentifier?: string;
  /** The entityID (2.5.4.83). */
  uri?: string;
  locality?: string;
  /** The AgID SP profile: keyUsage digitalSignature+nonRepudiation and the two certificatePolicies. */
  spidPolicies?: boolean;
}

/**
 * The AgID SP certificate subject (docs/identity-plan.md §6) of the comune's Service Provider: the
 * comune's name as CN and O, `PA:IT-<IPA code>`, its locality, the entityID as URI, and the SPID
 * policies. Used for the production key (`npm run spid:keygen`) and the demo keys alike.
 */
export function spCertificateSubject(comune: { name: string; ipa_code: string; locality: string }, entityId: string): CertificateSubject {
  return {
    commonName: comune.name,
    organizationName: comune.name,
    organizationIdentifier: `PA:IT-${comune.ipa_code}`,
    uri: entityId,
    locality: comune.locality,
    spidPolicies: true,
  };
}

export interface GenerateOptions {
  /** 3072 by default (RT-MD asks ≥ 2048); tests use 2048 for speed. */
  bits?: number;
  days?: number;
}

/** OpenSSL config values: `$` expands variables, `#` starts a comment, `\` escapes. */
function cnfValue(value: string): string {
  if (/[\r\n\0]/.test(value)) throw new Error("Certificate subject values must be on one line");
  return value.trim().replace(/[\\$#"']/g, (c) => `\\${c}`);
}

/** The openssl req config of §6 (the AgID profile when `spidPolicies`), or a plain signing certificate. */
export function opensslConfig(subject: CertificateSubject, bits: number): string {
  const dn = [`commonName = ${cnfValue(subject.commonName)}`, "countryName = IT"];
  if (subject.locality) dn.push(`localityName = ${cnfValue(subject.locality)}`);
  if (subject.organizationIdentifier) dn.push(`organizationIdentifier = ${cnfValue(subject.organizationIdentifier)}`);
  if (subject.organizationName) dn.push(`organizationName = ${cnfValue(subject.organizationName)}`);
  if (subject.uri) dn.push(`uri = ${cnfValue(subject.uri)}`);
  const lines = [
    "oid_section = spid_oids",
    "[ req ]",
    `default_bits = ${bits}`,
    "default_md = sha256",
    "distinguished_name = dn",
    "prompt = no",
    "encrypt_key = no",
    "string_mask = utf8only",
    "utf8 = yes",
    "req_extensions = req_ext",
    "[ spid_oids ]",
    "agidcert = 1.3.76.16.6",
    "spid-publicsector-SP = 1.3.76.16.4.2.1",
    "uri = 2.5.4.83",
    "[ dn ]",
    ...dn,
    "[ req_ext ]",
    "basicConstraints = CA:FALSE",
  ];
  if (subject.spidPolicies) {
    // Both policies, as AgID's certificate validator wants (§6 explains the disagreement with gencert).
    lines.push(
      "keyUsage = critical,digitalSignature,nonRepudiation",
      "certificatePolicies = @agid_policies,@spid_policies",
      "[ agid_policies ]",
      "policyIdentifier = agidcert",
      "userNotice = @agid_notice",
      "[ agid_notice ]",
      'explicitText = "agIDcert"',
      "[ spid_policies ]",
      "policyIdentifier = spid-publicsector-SP",
      "userNotice = @spid_notice",
      "[ spid_notice ]",
      'explicitText = "cert_SP_Pub"',
    );
  } else {
    lines.push("keyUsage = critical,digitalSignature");
  }
  return `${lines.join("\n")}\n`;
}

/** A new RSA key and self-signed SHA-256 certificate made by the openssl CLI in a private temp dir. */
export async function generateKeyPair(subject: CertificateSubject, options: GenerateOptions = {}): Promise<KeyPair> {
  const bits = options.bits ?? 3072;
  const days = options.days ?? 730;
  if (!Number.isInteger(bits) || bits < 2048) throw new Error("RSA keys must have at least 2048 bits");
  const dir = await mkdtemp(join(tmpdir(), "sportello-key-"));
  try {
    const cnf = join(dir, "req.cnf");
    const keyFile = join(dir, "key.pem");
    const certFile = join(dir, "cert.pem");
    await writeFile(cnf, opensslConfig(subject, bits), { mode: 0o600 });
    await run(OPENSSL, [
      "req", "-new", "-x509", "-utf8", "-config", cnf, "-extensions", "req_ext",
      "-newkey", `rsa:${bits}`, "-nodes", "-sha256", "-days", String(days),
      "-keyout", keyFile, "-out", certFile,
    ]);
    return { privateKeyPem: await readFile(keyFile, "utf8"), certificatePem: await readFile(certFile, "utf8") };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * The key pair stored under `purpose`, generated on first use. Generated keys are inserted with
 * insert-or-ignore and then read back, so workers that start together all end up with the first
 * one written (the losers' keys are thrown away).
 */
export async function ensureKeyPair(db: DbOrTrx, purpose: string, subject: CertificateSubject, options: GenerateOptions = {}): Promise<KeyPair> {
  const existing = await findSigningKey(db, purpose);
  if (existing) return { privateKeyPem: existing.private_key_pem, certificatePem: existing.certificate_pem };
  const fresh = await generateKeyPair(subject, options);
  await insertSigningKeyIfAbsent(db, {
    purpose,
    private_key_pem: fresh.privateKeyPem,
    certificate_pem: fresh.certificatePem,
    created_at: new Date().toISOString(),
  });
  const stored = await findSigningKey(db, purpose);
  if (!stored) throw new Error(`signing_key ${purpose} vanished after insert`);
  return { privateKeyPem: stored.private_key_pem, certificatePem: stored.certificate_pem };
}

/** Reads and cross-checks a PEM key and certificate (production SP keys). Fails early on a mismatched pair. */
export async function loadKeyPairFromFiles(keyFile: string, certFile: string): Promise<KeyPair> {
  const [privateKeyPem, certificatePem] = await Promise.all([readFile(keyFile, "utf8"), readFile(certFile, "utf8")]);
  const certificate = new X509Certificate(certificatePem);
  if (!certificate.checkPrivateKey(createPrivateKey(privateKeyPem))) throw new Error(`${keyFile} is not the key of ${certFile}`);
  return { privateKeyPem, certificatePem };
}
