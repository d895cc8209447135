/**
 * XML text → the plain shapes `spidResponseCheck` reads (docs/identity-plan.md §5). Pure: no I/O.
 *
 * The parser never decides whether a message is acceptable; it only reports what is there, keeping
 * "absent" (`null`) apart from "present but empty" (`""`), because the rules (and spid-sp-test)
 * treat them as different cases. Elements are found by namespace URI + local name, never by
 * prefix: an attacker chooses prefixes freely.
 */
import { DOMParser } from "@xmldom/xmldom";
import type { ParsedAssertion, ParsedIssuer, ParsedResponse } from "../spid-response-check";
import { NS } from "./constants";

/** Far above any real SPID response (a few KB); below it a parser cannot be made to chew for long. */
export const MAX_SAML_BYTES = 256 * 1024;

export type SamlParseErrorCode = "XML_TOO_LARGE" | "XML_DOCTYPE" | "XML_MALFORMED";

export class SamlParseError extends Error {
  constructor(
    readonly code: SamlParseErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "SamlParseError";
  }
}

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

/**
 * Refuses, before any parsing, what a SAML message never needs and what parsers have been attacked
 * through: internal subsets and entities (expansion bombs, external entities) and processing
 * instructions (other than the XML declaration itself). xmldom 0.8 accepts a DOCTYPE, so this is
 * done on the text.
 */
export function assertSafeXml(xml: string): void {
  if (new TextEncoder().encode(xml).length > MAX_SAML_BYTES) throw new SamlParseError("XML_TOO_LARGE", `XML larger than ${MAX_SAML_BYTES} bytes`);
  if (/<!DOCTYPE/i.test(xml)) throw new SamlParseError("XML_DOCTYPE", "DOCTYPE not allowed");
  if (/<!ENTITY/i.test(xml)) throw new SamlParseError("XML_DOCTYPE", "ENTITY not allowed");
  const declaration = /^\uFEFF?<\?xml[\s?]/.exec(xml);
  const afterDeclaration = declaration ? xml.indexOf("?>", declaration[0].length) : -1;
  if (declaration && afterDeclaration < 0) throw new SamlParseError("XML_MALFORMED", "Unterminated XML declaration");
  const rest = declaration ? xml.slice(afterDeclaration + 2) : xml;
  if (rest.includes("<?")) throw new SamlParseError("XML_DOCTYPE", "Processing instructions not allowed");
}

/** The guarded parse every SAML document goes through: size, DOCTYPE and PI refusal, then a strict xmldom. */
export function parseSafeXml(xml: string): Document {
  assertSafeXml(xml);
  const fail = (msg: unknown) => {
    throw new SamlParseError("XML_MALFORMED", `XML not well formed: ${String(msg)}`);
  };
  let doc: Document;
  try {
    // Warnings too: xmldom "repairs" some broken markup with only a warning, and a repaired
    // message is not the one the IdP signed.
    doc = new DOMParser({ errorHandler: { warning: fail, error: fail, fatalError: fail } }).parseFromString(xml, "text/xml");
  } catch (error) {
    if (error instanceof SamlParseError) throw error;
    throw new SamlParseError("XML_MALFORMED", `XML not well formed: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!doc || !doc.documentElement) throw new SamlParseError("XML_MALFORMED", "No document element");
  // xmldom 0.8 lets an unbound prefix through; such a document is not namespace-well-formed, and
  // the canonicalisation a signature is checked over would not agree with our reading of it.
  const elements = doc.getElementsByTagName("*");
  for (let i = 0; i < elements.length; i++) {
    const el = elements.item(i)!;
    if (el.prefix && !el.namespaceURI) throw new SamlParseError("XML_MALFORMED", `Unbound prefix ${el.prefix}`);
    for (let j = 0; j < el.attributes.length; j++) {
      const at = el.attributes.item(j)!;
      if (at.prefix && at.prefix !== "xmlns" && !at.namespaceURI) throw new SamlParseError("XML_MALFORMED", `Unbound prefix ${at.prefix}`);
    }
  }
  return doc;
}

const isElement = (n: Node): n is Element => n.nodeType === 1;

function children(el: Element, ns: string, local: string): Element[] {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (isElement(n) && n.namespaceURI === ns && n.localName === local) out.push(n);
  return out;
}

function child(el: Element | null, ns: string, local: string): Element | null {
  return el ? (children(el, ns, local)[0] ?? null) : null;
}

/** xmldom's getAttribute answers "" for a missing attribute; the rules need to tell the two apart. */
function attr(el: Element | null, name: string): string | null {
  if (!el) return null;
  const node = el.getAttributeNode(name);
  return node ? node.value : null;
}

const text = (el: Element | null): string | null => (el ? (el.textContent ?? "") : null);

function issuerOf(parent: Element): ParsedIssuer | null {
  const el = child(parent, NS.assertion, "Issuer");
  return el ? { value: text(el), format: attr(el, "Format") } : null;
}

function readAssertion(a: Element): SamlAssertion {
  const subjectEl = child(a, NS.assertion, "Subject");
  const nameIdEl = child(subjectEl, NS.assertion, "NameID");
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
          nameId: nameIdEl
            ? // spid-sp-test's template wraps the NameID in whitespace: the identifier is what is inside.
              { value: (nameIdEl.textContent ?? "").trim(), format: attr(nameIdEl, "Format"), nameQualifier: attr(nameIdEl, "NameQualifier") }
            : null,
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
  const doc = parseSafeXml(xml);
  const root = doc.documentElement;
  if (root.namespaceURI !== NS.protocol || root.localName !== "Response") throw new SamlParseError("XML_MALFORMED", "Not a samlp:Response");

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
  const root = parseSafeXml(xml).documentElement;
  if (root.namespaceURI !== NS.assertion || root.localName !== "Assertion") throw new SamlParseError("XML_MALFORMED", "Not a saml:Assertion");
  return readAssertion(root);
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
