/**
 * The SP's verification of an IdP Response (docs/identity-plan.md §7.2 steps 1 and 3–6). The ONLY
 * importer of @node-saml/node-saml (docs/decisions/0005): node-saml verifies the signatures, the
 * single Assertion, Audience, InResponseTo and timing; spid-response-check.ts does the SPID rules
 * node-saml does not know. Identity data is read only from the bytes the signature covers.
 *
 * Not here (they need the database, the caller does them): consuming the stored request
 * (RESPONSE_UNSOLICITED when there is none), the replay table (ASSERTION_REPLAYED), the citizen.
 *
 * Clock: node-saml 5.1.0 reads the real clock (`new Date()`) and takes no clock option. `now` feeds
 * our own check only; with a `now` far from the real clock, node-saml's timing checks still use
 * the real one. Tests therefore build their fixtures around the real clock.
 */
import { SAML, ValidateInResponseTo, type CacheProvider } from "@node-saml/node-saml";
import { parseSpidFiscalNumber, validateCodiceFiscale } from "~/domain/codice-fiscale";
import { attributeMap, parseAssertion, parseResponse, SamlParseError, MAX_SAML_BYTES, type SamlAssertion } from "~/domain/saml/parse";
import { levelOf, type SpidLevel } from "~/domain/spid-levels";
import { type CheckContext, type ParsedResponse, type SpidFailure, type SpidFailureCode, spidResponseCheck, SUCCESS } from "~/domain/spid-response-check";

export interface VerifyInput {
  samlResponseB64: string;
  idpEntityId: string;
  /** PEM certificates of the IdP the stored request went to, and only those. */
  idpCertificates: string[];
  spEntityId: string;
  acsUrl: string;
  request: { id: string; issueInstant: string; level: SpidLevel; requestedAttributes: string[] };
  profile: "spid" | "cie";
  now: Date;
  skewMs: number;
  /** node-saml's own bound on the request's age (default 15 min + skew); the stored row's expiry is the real one. */
  requestTtlMs?: number;
}

export type VerifyResult =
  | {
      ok: true;
      response: ParsedResponse;
      assertion: SamlAssertion;
      attributes: Record<string, string>;
      /** fiscalNumber without "TINIT-", normalised (omocodia kept as received). */
      fiscalCode: string;
      assertionId: string;
      /** SubjectConfirmationData NotOnOrAfter: how long the replay table must remember the ID. */
      notOnOrAfter: string;
      nameId: string;
      nameQualifier: string;
      sessionIndex: string | null;
      level: SpidLevel;
    }
  | { ok: false; failures: SpidFailure[]; statusMessage?: string | null; detail?: string };

const refuse = (code: SpidFailureCode, path: string, detail?: string): VerifyResult => ({ ok: false, failures: [{ code, path }], ...(detail ? { detail } : {}) });

/**
 * node-saml asks its cache for the request ID (and its creation time, as a Date-parsable string)
 * and then removes it. The real single use is the caller's DELETE … RETURNING; this cache only
 * lets node-saml see the one request that was consumed.
 */
function oneShotCache(id: string, issueInstant: string): CacheProvider {
  let value: string | null = new Date(issueInstant).toISOString();
  return {
    saveAsync: async () => null,
    getAsync: async (key) => (key === id ? value : null),
    removeAsync: async (key) => {
      if (key === id) value = null;
      return key;
    },
  };
}

/**
 * node-saml throws plain Errors. The timing, audience and InResponseTo ones come after it has
 * verified the signature, so they are reported under the rule they break rather than as a bad
 * signature, which would send whoever reads the audit log after IdP certificates instead of
 * clocks. Anything unrecognised is SIGNATURE_INVALID. The mutation table pins these messages, so
 * a node-saml upgrade that rewords them fails the tests instead of silently changing the codes.
 */
export function classifyNodeSamlError(message: string): SpidFailureCode {
  if (/multiple assertions|ID cannot refer to more than one element|Referenced node does not refer/i.test(message)) return "SIGNATURE_WRAPPED";
  if (/No valid subject confirmation/i.test(message)) return "SCD_NOT_ON_OR_AFTER";
  if (/^SAML assertion (expired|not yet valid)/i.test(message)) return "CONDITIONS";
  if (/audience/i.test(message)) return "AUDIENCE";
  if (/SubjectInResponseTo is not valid|does not match subjectInResponseTo/i.test(message)) return "SCD_IN_RESPONSE_TO";
  if (/^InResponseTo is (not valid|missing)/i.test(message)) return "RESPONSE_UNSOLICITED";
  if (/^Missing SAML assertion/i.test(message)) return "ASSERTION_MISSING";
  return "SIGNATURE_INVALID";
}

function decodeBase64(b64: string): { xml: string } | { error: string } {
  const compact = b64.replace(/\s+/g, "");
  if (compact.length === 0 || compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(compact)) return { error: "not base64" };
  if ((compact.length / 4) * 3 > MAX_SAML_BYTES + 3) return { error: `larger than ${MAX_SAML_BYTES} bytes` };
  try {
    return { xml: new TextDecoder("utf-8", { fatal: true }).decode(Buffer.from(compact, "base64")) };
  } catch {
    return { error: "not UTF-8" };
  }
}

export async function verifySpidResponse(input: VerifyInput): Promise<VerifyResult> {
  // 1. Decode and parse the raw document, refusing DOCTYPE/ENTITY/PI and oversize input first.
  const decoded = decodeBase64(input.samlResponseB64);
  if ("error" in decoded) return refuse("XML_MALFORMED", "SAMLResponse", decoded.error);
  const xml = decoded.xml;
  let parsed: ReturnType<typeof parseResponse>;
  try {
    parsed = parseResponse(xml);
  } catch (error) {
    if (error instanceof SamlParseError) return refuse(error.code === "XML_DOCTYPE" ? "XML_DOCTYPE" : "XML_MALFORMED", "/", error.message);
    throw error;
  }
  const { response } = parsed;
  const ctx: CheckContext = {
    now: input.now,
    skewMs: input.skewMs,
    profile: input.profile,
    spEntityId: input.spEntityId,
    request: { ...input.request, acsUrl: input.acsUrl, idpEntityId: input.idpEntityId },
  };

  // 2. An error answer grants nothing, so it is reported without a signature (IdPs often leave
  // them unsigned), after the envelope checks: Destination and Issuer must still be ours.
  if (!response.status || response.status.code !== SUCCESS) {
    const failures = spidResponseCheck(response, null, ctx);
    return { ok: false, failures, statusMessage: response.status?.message ?? null };
  }

  // 3. Wrapping, on structure alone: one Assertion, where an Assertion belongs. Refusing on
  // unsigned data is safe; node-saml would refuse most of these too, but not always with a
  // message that says wrapping.
  if (response.assertionCount > 1 || parsed.misplacedAssertions > 0) {
    return refuse("SIGNATURE_WRAPPED", "Response/Assertion", `${response.assertionCount} assertions, ${parsed.misplacedAssertions} outside the Response`);
  }
  if (response.assertionCount === 0) return refuse("ASSERTION_MISSING", "Response/Assertion");

  // 4. Signatures and the generic SAML rules.
  const saml = new SAML({
    callbackUrl: input.acsUrl,
    issuer: input.spEntityId,
    audience: input.spEntityId,
    idpCert: input.idpCertificates,
    wantAssertionsSigned: true,
    wantAuthnResponseSigned: false, // "SI PUÒ" (RT-SSO): optional, but node-saml checks it when present
    validateInResponseTo: ValidateInResponseTo.always,
    requestIdExpirationPeriodMs: input.requestTtlMs ?? 15 * 60_000 + input.skewMs,
    acceptedClockSkewMs: input.skewMs,
    cacheProvider: oneShotCache(input.request.id, input.request.issueInstant),
  });
  let signedXml: string;
  try {
    const { profile } = await saml.validatePostResponseAsync({ SAMLResponse: input.samlResponseB64 });
    if (!profile?.getAssertionXml) return refuse("SIGNATURE_INVALID", "Response", "node-saml returned no assertion");
    signedXml = profile.getAssertionXml();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return refuse(classifyNodeSamlError(message), "Response", message);
  }

  // 5. The signed bytes, and the one Assertion of the raw document must be that one.
  let assertion: SamlAssertion;
  try {
    assertion = parseAssertion(signedXml);
  } catch (error) {
    return refuse("SIGNATURE_INVALID", "Response/Assertion", error instanceof Error ? error.message : String(error));
  }
  const rawId = parsed.assertions[0]?.id ?? null;
  if (!assertion.id || rawId !== assertion.id) return refuse("SIGNATURE_WRAPPED", "Response/Assertion/@ID", "the signed Assertion is not the document's Assertion");

  // 6. The SPID rules, on the raw envelope and the signed Assertion.
  const failures = spidResponseCheck(response, assertion, ctx);
  if (failures.length > 0) return { ok: false, failures };

  const attributes = attributeMap(assertion);
  const fiscal = attributes.fiscalNumber ?? "";
  const prefixed = parseSpidFiscalNumber(fiscal);
  const fiscalCode = prefixed.ok || input.profile !== "cie" ? prefixed : validateCodiceFiscale(fiscal);
  const level = levelOf(assertion.authnStatement?.classRef?.trim());
  const nameId = assertion.subject?.nameId;
  const notOnOrAfter = assertion.subject?.confirmation?.data?.notOnOrAfter;
  // The check has passed, so these are present; the guard keeps the types honest.
  if (!fiscalCode.ok || level === null || !nameId?.value || !nameId.nameQualifier || !notOnOrAfter) {
    return refuse("ATTRIBUTES_MISSING", "Assertion", "inconsistent with the check");
  }
  return {
    ok: true,
    response,
    assertion,
    attributes,
    fiscalCode: fiscalCode.value,
    assertionId: assertion.id,
    notOnOrAfter,
    nameId: nameId.value,
    nameQualifier: nameId.nameQualifier,
    sessionIndex: assertion.sessionIndex,
    level,
  };
}
