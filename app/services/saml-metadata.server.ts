/**
 * The signed metadata we publish: our SP's (SPID and CIE profiles, from the comune's settings) and
 * the bundled test IdP's. Built and signed once per process and base URL.
 */
import { CIE_ATTRIBUTES, SPID_ATTRIBUTE_NAMES } from "~/domain/saml/constants";
import { buildIdpMetadata } from "~/domain/saml/idp-metadata";
import { buildSpMetadata, type SamlProfile } from "~/domain/saml/sp-metadata";
import { findComune } from "~/models/comune.server";
import type { Db } from "~/utils/db.server";
import type { IdentityConfig } from "./identity-config.server";
import { testIdpKey } from "./identity-config.server";
import { signXml } from "./saml/signing.server";

const cache = new Map<string, string>();

const signFirstChild = (xml: string, key: { privateKeyPem: string; certificatePem: string }) =>
  signXml(xml, {
    rootLocalName: "EntityDescriptor",
    privateKeyPem: key.privateKeyPem,
    certificatePem: key.certificatePem,
    location: { reference: "/*[local-name(.)='EntityDescriptor']", action: "prepend" },
  });

/** Our SP metadata for one profile, or null when that profile is off. */
export async function spMetadata(db: Db, config: IdentityConfig, profile: SamlProfile): Promise<string | null> {
  const sp = config.sp[profile];
  if (!sp.enabled || !sp.key) return null;
  const cached = cache.get(sp.entityId);
  if (cached) return cached;
  const [it, en] = await Promise.all([findComune(db, "it"), findComune(db, "en")]);
  if (!it) throw new Error("The comune row is missing");
  const xml = buildSpMetadata({
    profile,
    entityId: sp.entityId,
    acsUrl: sp.acsUrl,
    sloUrl: sp.sloUrl,
    certificate: sp.key.certificatePem,
    serviceName: { it: `Sportello telematico – ${it.name}`, en: `Online service desk – ${en?.name ?? it.name}` },
    attributes: sp.attributes,
    organization: { name: it.name, displayName: it.name, url: it.website_url },
    contact: {
      ipaCode: it.ipa_code,
      email: it.email,
      phone: it.phone,
      municipalityCode: it.codice_catastale,
      province: it.province_code,
      ipaCategory: "L6",
      country: "IT",
    },
  });
  const signed = signFirstChild(xml, sp.key);
  cache.set(sp.entityId, signed);
  return signed;
}

/** The test IdP's metadata (one entity per profile: the CIE one answers as CieID does). */
export async function testIdpMetadata(db: Db, config: IdentityConfig, profile: SamlProfile): Promise<string | null> {
  if (!config.testIdp.enabled) return null;
  const entityId = config.testIdp.entityId[profile];
  const cached = cache.get(entityId);
  if (cached) return cached;
  const key = await testIdpKey(db);
  const xml = buildIdpMetadata({
    entityId,
    ssoUrl: config.testIdp.ssoUrl,
    sloUrl: config.testIdp.sloUrl,
    certificatePem: key.certificatePem,
    organization: { name: "Test IdP (demo)", displayName: "Test IdP (demo)", url: config.base },
    attributes: profile === "cie" ? CIE_ATTRIBUTES : SPID_ATTRIBUTE_NAMES,
  });
  const signed = signFirstChild(xml, key);
  cache.set(entityId, signed);
  return signed;
}
