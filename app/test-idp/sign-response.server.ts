/**
 * Signs the test IdP's Response the way SPID IdPs do (docs/decisions/0005): the Assertion first,
 * with its ds:Signature right after the Assertion's Issuer, then the whole Response, after the
 * Response's Issuer. The Response signature covers the Assertion's, so the order matters.
 */
import { NS } from "~/domain/saml/constants";
import type { KeyPair } from "~/services/keys.server";
import { signXml } from "~/services/saml/signing.server";
import { findTestCitizen } from "./citizens";
import type { MutationRow } from "./mutations";
import { buildResponse, errorSpec, successSpec, type ResponseSpec } from "./response-builder";

export type SignWhat = "both" | "assertion-only" | "response-only" | "none";

const RESPONSE = `/*[local-name(.)='Response' and namespace-uri(.)='${NS.protocol}']`;
const ASSERTION = `${RESPONSE}/*[local-name(.)='Assertion' and namespace-uri(.)='${NS.assertion}']`;
const ISSUER = `*[local-name(.)='Issuer' and namespace-uri(.)='${NS.assertion}']`;

/** After the element's Issuer; first child when a mutation removed the Issuer. */
function signElement(xml: string, xpath: string, key: KeyPair): string {
  const base = { xpath, privateKeyPem: key.privateKeyPem, certificatePem: key.certificatePem };
  try {
    return signXml(xml, { ...base, location: { reference: `${xpath}/${ISSUER}`, action: "after" } });
  } catch {
    return signXml(xml, { ...base, location: { reference: xpath, action: "prepend" } });
  }
}

export function signResponse(xml: string, key: KeyPair, what: SignWhat = "both"): string {
  let out = xml;
  if ((what === "both" || what === "assertion-only") && xml.includes(`${NS.assertion}`) && /<saml:Assertion[\s>]/.test(xml)) {
    out = signElement(out, ASSERTION, key);
  }
  if (what === "both" || what === "response-only") out = signElement(out, RESPONSE, key);
  return out;
}

export interface FixtureContext {
  idpKey: KeyPair;
  /** A key the SP does not trust, for the "other-key" rows. */
  otherKey: KeyPair;
  idpEntityId: string;
  spEntityId: string;
  acsUrl: string;
  requestId: string;
  now: Date;
  /** Fixed Assertion ID (the replay scenario re-signs one ID into a second response). */
  assertionId?: string;
}

/**
 * One row of the mutation table as the IdP would POST it: the correct answer (L2, the row's
 * citizen and profile) or the row's error answer, mutated, signed as the row says, post-edited.
 */
export function buildFixture(row: MutationRow, c: FixtureContext): { spec: ResponseSpec; xml: string; samlResponseB64: string } {
  const profile = row.profile ?? "spid";
  const citizen = findTestCitizen(row.citizen ?? "mario-rossi");
  if (!citizen) throw new Error(`unknown test citizen ${row.citizen}`);
  const base =
    row.errorCode === undefined
      ? successSpec({ profile, idpEntityId: c.idpEntityId, spEntityId: c.spEntityId, acsUrl: c.acsUrl, requestId: c.requestId, now: c.now, level: 2, citizen, assertionId: c.assertionId })
      : errorSpec({ profile, idpEntityId: c.idpEntityId, acsUrl: c.acsUrl, requestId: c.requestId, now: c.now, errorCode: row.errorCode });
  const spec = row.mutate ? row.mutate(base) : base;
  const unsigned = buildResponse(spec);
  const signWith = row.signWith;
  const signed =
    signWith === "none"
      ? unsigned
      : signWith === "other-key"
        ? signResponse(unsigned, c.otherKey, "both")
        : signResponse(unsigned, c.idpKey, signWith ?? "both");
  const xml = row.postSign ? row.postSign(signed) : signed;
  return { spec, xml, samlResponseB64: Buffer.from(xml, "utf8").toString("base64") };
}
