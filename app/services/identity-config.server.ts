/**
 * Everything the SAML Service Provider needs to know, assembled once per public base URL: our two
 * SP profiles (SPID and CIE: entityID, endpoints, signing key) and the Identity Providers we trust —
 * only those in AgID's/CieID's metadata files, plus the bundled test IdP when it is switched on.
 */
import { readFileSync } from "node:fs";
import { idpChoice, type IdpChoice } from "~/domain/idp-list";
import { parseIdpMetadata } from "~/domain/saml/idp-metadata";
import { CIE_ATTRIBUTES } from "~/domain/saml/constants";
import type { SamlProfile } from "~/domain/saml/sp-metadata";
import { findComune } from "~/models/comune.server";
import { pemFromBase64 } from "~/services/saml/signing.server";
import type { Db } from "~/utils/db.server";
import { demoKeysAllowed, env, testIdpEnabled } from "~/utils/env.server";
import { ensureKeyPair, type KeyPair, loadKeyPairFromFiles, spCertificateSubject } from "./keys.server";

export interface TrustedIdp {
  entityId: string;
  profile: SamlProfile;
  name: string;
  logo: string | null;
  /** The bundled test IdP (demo and tests only). */
  test: boolean;
  ssoRedirect: string | null;
  ssoPost: string | null;
  sloRedirect: string | null;
  sloPost: string | null;
  certificatesPem: string[];
}

export interface ServiceProvider {
  profile: SamlProfile;
  /** False when switched off or when no key is configured (production without key files). */
  enabled: boolean;
  entityId: string;
  acsUrl: string;
  sloUrl: string;
  key: KeyPair | null;
  /** Requested in the metadata's AttributeConsumingService index 0 and checked in every response. */
  attributes: readonly string[];
}

export interface IdentityConfig {
  base: string;
  sp: Record<SamlProfile, ServiceProvider>;
  idps: TrustedIdp[];
  testIdp: { enabled: boolean; entityId: Record<SamlProfile, string>; ssoUrl: string; sloUrl: string };
}

/** What SPID asks of us: the attributes the desk's services really use (Avviso 6: no more than needed). */
export const REQUESTED_SPID_ATTRIBUTES = ["fiscalNumber", "name", "familyName", "email", "dateOfBirth"] as const;

export const TEST_IDP_KEY = "test-idp";

/** The bundled test IdP's signing key, made on first use and kept in the database. */
export function testIdpKey(db: Db): Promise<KeyPair> {
  return ensureKeyPair(db, TEST_IDP_KEY, { commonName: "Test IdP - Sportello telematico (demo only)" });
}

/** The public base URL: PUBLIC_BASE_URL when set (required behind a proxy), else the request's origin. */
export function publicBase(request: Request): string {
  return (env().PUBLIC_BASE_URL ?? new URL(request.url).origin).replace(/\/+$/, "");
}

function idpsFromFile(file: string | undefined, profile: SamlProfile): TrustedIdp[] {
  if (!file) return [];
  return parseIdpMetadata(readFileSync(file, "utf8")).map((e) => {
    const shown = idpChoice(e.entityId, e.displayName);
    return {
      entityId: e.entityId,
      profile,
      name: shown.name,
      logo: shown.logo,
      test: false,
      ssoRedirect: e.ssoRedirect ?? null,
      ssoPost: e.ssoPost ?? null,
      sloRedirect: e.sloRedirect ?? null,
      sloPost: e.sloPost ?? null,
      certificatesPem: e.certificates.map(pemFromBase64),
    };
  });
}

let fileIdps: TrustedIdp[] | undefined;
/** The IdPs of the metadata files, read once per process (restart after refreshing the files). */
function configuredIdps(): TrustedIdp[] {
  fileIdps ??= [...idpsFromFile(env().SPID_IDP_METADATA_FILE, "spid"), ...idpsFromFile(env().CIE_IDP_METADATA_FILE, "cie")];
  return fileIdps;
}

/** Origins our forms may post or be redirected to: the trusted IdPs' (the CSP's form-action). */
export async function trustedFormOrigins(): Promise<string[]> {
  const origins = new Set<string>();
  for (const idp of configuredIdps()) {
    for (const url of [idp.ssoRedirect, idp.ssoPost, idp.sloRedirect, idp.sloPost]) {
      if (url) origins.add(new URL(url).origin);
    }
  }
  return [...origins];
}

async function spKey(db: Db, profile: SamlProfile, entityId: string): Promise<KeyPair | null> {
  const e = env();
  const keyFile = profile === "cie" ? (e.CIE_SP_KEY_FILE ?? e.SPID_SP_KEY_FILE) : e.SPID_SP_KEY_FILE;
  const certFile = profile === "cie" ? (e.CIE_SP_CERT_FILE ?? e.SPID_SP_CERT_FILE) : e.SPID_SP_CERT_FILE;
  if (keyFile && certFile) return loadKeyPairFromFiles(keyFile, certFile);
  if (!demoKeysAllowed(e)) return null;
  const comune = await findComune(db, "it");
  if (!comune) throw new Error("The comune row is missing: run the seed before logging in");
  // A demo key in the AgID profile, bound to this base URL's entityID (a new base URL gets its own key).
  return ensureKeyPair(db, `sp-demo-${profile}|${entityId}`, spCertificateSubject(comune, entityId));
}

async function build(db: Db, base: string): Promise<IdentityConfig> {
  const e = env();
  const testOn = testIdpEnabled(e);
  const sp = async (profile: SamlProfile, enabled: boolean): Promise<ServiceProvider> => {
    const entityId = `${base}/${profile}/metadata`;
    const key = enabled ? await spKey(db, profile, entityId) : null;
    if (enabled && !key) {
      console.error(JSON.stringify({ level: "error", msg: `${profile.toUpperCase()} is on but no SP key is configured: set ${profile === "cie" ? "CIE" : "SPID"}_SP_KEY_FILE and _CERT_FILE` }));
    }
    return {
      profile,
      enabled: enabled && key !== null,
      entityId,
      acsUrl: `${base}/${profile}/acs`,
      sloUrl: `${base}/${profile}/slo`,
      key,
      attributes: profile === "cie" ? CIE_ATTRIBUTES : REQUESTED_SPID_ATTRIBUTES,
    };
  };
  const testIdp = {
    enabled: testOn,
    entityId: { spid: `${base}/test-idp/metadata`, cie: `${base}/test-idp/cie/metadata` },
    ssoUrl: `${base}/test-idp/sso`,
    sloUrl: `${base}/test-idp/slo`,
  };
  const idps = [...configuredIdps()];
  if (testOn) {
    const key = await testIdpKey(db);
    for (const profile of ["spid", "cie"] as const) {
      idps.push({
        entityId: testIdp.entityId[profile],
        profile,
        name: profile === "spid" ? "Test IdP" : "Test IdP (CIE)",
        logo: null,
        test: true,
        ssoRedirect: testIdp.ssoUrl,
        ssoPost: testIdp.ssoUrl,
        sloRedirect: profile === "spid" ? testIdp.sloUrl : null,
        sloPost: null,
        certificatesPem: [key.certificatePem],
      });
    }
  }
  return { base, sp: { spid: await sp("spid", e.SPID_ENABLED), cie: await sp("cie", e.CIE_ENABLED) }, idps, testIdp };
}

const cache = new Map<string, Promise<IdentityConfig>>();

/**
 * Without PUBLIC_BASE_URL (demo and development only: production requires it) the base comes from the
 * Host header; a few names (localhost, 127.0.0.1, a LAN name) are normal, but each one costs a key, so
 * past that any other Host gets the first configuration instead of a new one.
 */
const MAX_BASES = 4;

export function identityConfig(db: Db, base: string): Promise<IdentityConfig> {
  let found = cache.get(base);
  if (!found && cache.size >= MAX_BASES) return cache.values().next().value!;
  if (!found) {
    found = build(db, base);
    // A failure (e.g. the seed has not run yet) must not stick.
    found.catch(() => cache.delete(base));
    cache.set(base, found);
  }
  return found;
}

/** The IdP a login may go to: trusted, of that profile. */
export function findIdp(config: IdentityConfig, profile: SamlProfile, entityId: string): TrustedIdp | undefined {
  return config.idps.find((i) => i.profile === profile && i.entityId === entityId);
}

/** The SPID button's list (the test IdP shown by its translated name), not yet shuffled. */
export function spidChoices(config: IdentityConfig, testName: string): IdpChoice[] {
  return config.idps
    .filter((i) => i.profile === "spid")
    .map((i) => ({ entityId: i.entityId, name: i.test ? testName : i.name, logo: i.logo }));
}

/** CIE has one IdP (the Ministry's); in demo the test IdP's CIE profile stands in when no file is set. */
export function cieIdp(config: IdentityConfig): TrustedIdp | undefined {
  const cie = config.idps.filter((i) => i.profile === "cie");
  return cie.find((i) => !i.test) ?? cie[0];
}

/** Only for tests that change the environment between cases. */
export function resetIdentityConfig(): void {
  cache.clear();
  fileIdps = undefined;
}
