/**
 * XML text → the plain shapes `spidResponseCheck` reads (docs/identity-plan.md §5). Pure: no I/O.
 *
 * The parser never decides whether a message is acceptable; it only reports what is there, keeping
 * "absent" (`null`) apart from "present but empty" (`""`), because the rules (and spid-sp-test)
 * treat them as different cases. Elements are found by namespace URI + local name, never by
 * prefix: an attacker chooses prefixes freely.
 */
import type { ParsedAssertion, ParsedIssuer, ParsedResponse } from "../spid-response-check";
import { NS } from "./constants";
import { attr, child, children, nameIdLike, parseSafeRoot, parseSafeXml, text } from "./dom";

// The guarded parse lives in dom.ts with the other DOM readers; these names stay importable from here.
export { assertSafeXml, MAX_SAML_BYTES, parseSafeXml, SamlParseError, type SamlParseErrorCode } from "./dom";

/** What the check needs plus the two AuthnStatement details the session keeps (SLO needs SessionIndex). */
export interface SamlAssertion extends ParsedAssertion {
  sessionIndex: string | null;
  authnInstant: string | null;
}

export interface ParsedResponseDocument {
  response: ParsedResponse;
  /** Every Assertion of the document in document order, wherever it sits. */
  assertions: SamlAssertion[];
  /**
   * How many of the Assertions are NOT direct children of the Response (inside Extensions, Advice,
   * another Assertion, a Signature's Object…). A genuine SPID response has none: any is wrapping.
   */
  misplacedAssertions: number;
}

function issuerOf(parent: Element): ParsedIssuer | null {
  const el = child(parent, NS.assertion, "Issuer");
  return el ? { value: text(el), format: attr(el, "Format") } : null;
}

function readAssertion(a: Element): SamlAssertion {
  const subjectEl = child(a, NS.assertion, "Subject");
  const confirmationEl = child(subjectEl, NS.assertion, "SubjectConfirmation");
  const dataEl = child(confirmationEl, NS.assertion, "SubjectConfirmationData");
  const conditionsEl = child(a, NS.assertion, "Conditions");
  const restrictions = conditionsEl ? children(conditionsEl, NS.assertion, "AudienceRestriction") : [];
  const authnEl = child(a, NS.assertion, "AuthnStatement");
  const statements = children(a, NS.assertion, "AttributeStatement");

  return {
    id: attr(a, "ID"),
    version: attr(a, "Version"),
    issueInstant: attr(a, "IssueInstant"),
    issuer: issuerOf(a),
    subject: subjectEl
      ? {
          nameId: nameIdLike(child(subjectEl, NS.assertion, "NameID")),
          confirmation: confirmationEl
            ? {
                method: attr(confirmationEl, "Method"),
                data: dataEl
                  ? { recipient: attr(dataEl, "Recipient"), inResponseTo: attr(dataEl, "InResponseTo"), notOnOrAfter: attr(dataEl, "NotOnOrAfter") }
                  : null,
              }
            : null,
        }
      : null,
    conditions: conditionsEl
      ? {
          notBefore: attr(conditionsEl, "NotBefore"),
          notOnOrAfter: attr(conditionsEl, "NotOnOrAfter"),
          audiences: restrictions.length === 0 ? null : restrictions.flatMap((r) => children(r, NS.assertion, "Audience").map((x) => x.textContent ?? "")),
        }
      : null,
    authnStatement: authnEl ? { classRef: text(child(child(authnEl, NS.assertion, "AuthnContext"), NS.assertion, "AuthnContextClassRef")) } : null,
    attributes:
      statements.length === 0
        ? null
        : statements.flatMap((s) =>
            children(s, NS.assertion, "Attribute").map((x) => ({
              name: attr(x, "Name"),
              values: children(x, NS.assertion, "AttributeValue").map((v) => v.textContent ?? ""),
            })),
          ),
    sessionIndex: attr(authnEl, "SessionIndex"),
    authnInstant: attr(authnEl, "AuthnInstant"),
  };
}

/**
 * Parses a whole Response. `response.assertionCount` counts every saml:Assertion and
 * saml:EncryptedAssertion anywhere in the document, not only the Response's direct children: a
 * second assertion hidden in Extensions or Advice is the classic signature-wrapping shape, and
 * counting it makes the check report SIGNATURE_WRAPPED instead of quietly looking past it. SPID
 * never encrypts assertions, so an EncryptedAssertion is counted as one more thing that should
 * not be there. `misplacedAssertions` says how many are not where an Assertion belongs.
 */
export function parseResponse(xml: string): ParsedResponseDocument {
  const root = parseSafeRoot(xml, NS.protocol, "Response", "a samlp:Response");
  const doc = root.ownerDocument;

  const statusEl = child(root, NS.protocol, "Status");
  const statusCodeEl = child(statusEl, NS.protocol, "StatusCode");
  const all = Array.from(doc.getElementsByTagNameNS(NS.assertion, "Assertion"));
  const encrypted = doc.getElementsByTagNameNS(NS.assertion, "EncryptedAssertion").length;

  const response: ParsedResponse = {
    hasDoctype: false, // refused before parsing
    id: attr(root, "ID"),
    version: attr(root, "Version"),
    issueInstant: attr(root, "IssueInstant"),
    destination: attr(root, "Destination"),
    inResponseTo: attr(root, "InResponseTo"),
    issuer: issuerOf(root),
    status: statusEl ? { code: attr(statusCodeEl, "Value"), message: text(child(statusEl, NS.protocol, "StatusMessage")) } : null,
    assertionCount: all.length + encrypted,
  };
  return {
    response,
    assertions: all.map(readAssertion),
    misplacedAssertions: all.filter((a) => a.parentNode !== root).length + encrypted,
  };
}

/** Parses one Assertion document: in the login, the bytes node-saml reports as signed. */
export function parseAssertion(xml: string): SamlAssertion {
  return readAssertion(parseSafeRoot(xml, NS.assertion, "Assertion", "a saml:Assertion"));
}

/** Attribute name → first value, trimmed. The first attribute of a name wins; nameless ones are skipped. */
export function attributeMap(assertion: ParsedAssertion): Record<string, string> {
  // No prototype: an attribute named "__proto__" must stay data.
  const map = Object.create(null) as Record<string, string>;
  for (const a of assertion.attributes ?? []) {
    if (a.name === null || a.name === "" || a.values.length === 0 || a.name in map) continue;
    map[a.name] = a.values[0]!.trim();
  }
  return map;
}

/** The second-level StatusCode of an error answer (e.g. AuthnFailed), for logs. Null when absent. */
export function nestedStatusCode(xml: string): string | null {
  const root = parseSafeXml(xml).documentElement;
  const top = child(child(root, NS.protocol, "Status"), NS.protocol, "StatusCode");
  return attr(child(top, NS.protocol, "StatusCode"), "Value");
}
