/**
 * The guarded XML parse and the small DOM readers every SAML parser shares (responses, logout
 * messages, AuthnRequests, IdP metadata). Pure: no I/O.
 *
 * Elements are found by namespace URI + local name, never by prefix: an attacker chooses prefixes
 * freely. Attribute readers keep "absent" (`null`) apart from "present but empty" (`""`), because
 * the SPID rules (and spid-sp-test) treat them as different cases.
 */
import { DOMParser } from "@xmldom/xmldom";

/** Far above any real SPID message (a few KB); below it a parser cannot be made to chew for long. */
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

export interface SafeXmlOptions {
  /** Default MAX_SAML_BYTES (UTF-8 bytes). */
  maxBytes?: number;
  /** What the document is, for error messages. Default "XML". */
  what?: string;
}

/**
 * Refuses, before any parsing, what a SAML document never needs and what parsers have been attacked
 * through: internal subsets and entities (expansion bombs, external entities) and processing
 * instructions (other than the XML declaration itself). xmldom 0.8 accepts a DOCTYPE, so this is
 * done on the text.
 */
export function assertSafeXml(xml: string, options: SafeXmlOptions = {}): void {
  const maxBytes = options.maxBytes ?? MAX_SAML_BYTES;
  const what = options.what ?? "XML";
  if (new TextEncoder().encode(xml).length > maxBytes) throw new SamlParseError("XML_TOO_LARGE", `${what} larger than ${maxBytes} bytes`);
  if (/<!DOCTYPE/i.test(xml)) throw new SamlParseError("XML_DOCTYPE", "DOCTYPE not allowed");
  if (/<!ENTITY/i.test(xml)) throw new SamlParseError("XML_DOCTYPE", "ENTITY not allowed");
  const declaration = /^\uFEFF?<\?xml[\s?]/.exec(xml);
  const afterDeclaration = declaration ? xml.indexOf("?>", declaration[0].length) : -1;
  if (declaration && afterDeclaration < 0) throw new SamlParseError("XML_MALFORMED", "Unterminated XML declaration");
  const rest = declaration ? xml.slice(afterDeclaration + 2) : xml;
  if (rest.includes("<?")) throw new SamlParseError("XML_DOCTYPE", "Processing instructions not allowed");
}

/** The guarded parse every SAML document goes through: size, DOCTYPE and PI refusal, then a strict xmldom. */
export function parseSafeXml(xml: string, options: SafeXmlOptions = {}): Document {
  assertSafeXml(xml, options);
  const what = options.what ?? "XML";
  const fail = (msg: unknown) => {
    throw new SamlParseError("XML_MALFORMED", `${what} not well formed: ${String(msg)}`);
  };
  let doc: Document;
  try {
    // Warnings too: xmldom "repairs" some broken markup with only a warning, and a repaired
    // message is not the one the IdP signed.
    doc = new DOMParser({ errorHandler: { warning: fail, error: fail, fatalError: fail } }).parseFromString(xml, "text/xml");
  } catch (error) {
    if (error instanceof SamlParseError) throw error;
    throw new SamlParseError("XML_MALFORMED", `${what} not well formed: ${error instanceof Error ? error.message : String(error)}`);
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

export const isElement = (n: Node): n is Element => n.nodeType === 1;

/** The element is `local` in namespace `ns`. */
export const isNamed = (el: Element, ns: string, local: string): boolean => el.namespaceURI === ns && el.localName === local;

/**
 * parseSafeXml, then the document element, which must be `local` in namespace `ns`; otherwise
 * XML_MALFORMED with the message "Not <label>".
 */
export function parseSafeRoot(xml: string, ns: string, local: string, label: string): Element {
  const root = parseSafeXml(xml).documentElement;
  if (!isNamed(root, ns, local)) throw new SamlParseError("XML_MALFORMED", `Not ${label}`);
  return root;
}

/** The direct children `local` in namespace `ns`, in document order. */
export function children(el: Element, ns: string, local: string): Element[] {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (isElement(n) && isNamed(n, ns, local)) out.push(n);
  return out;
}

/** The first such child; null when there is none or when `el` itself is absent. */
export function child(el: Element | null | undefined, ns: string, local: string): Element | null {
  return el ? (children(el, ns, local)[0] ?? null) : null;
}

/** xmldom's getAttribute answers "" for a missing attribute; absent must stay null. */
export function attr(el: Element | null | undefined, name: string): string | null {
  const node = el?.getAttributeNode(name);
  return node ? node.value : null;
}

/** The element's text as is; null when the element is absent. */
export const text = (el: Element | null | undefined): string | null => (el ? (el.textContent ?? "") : null);

export interface ParsedNameIdLike {
  value: string;
  format: string | null;
  nameQualifier: string | null;
}

/** A NameID-shaped element (NameID, an Issuer read with its NameQualifier): text trimmed, Format, NameQualifier. */
export function nameIdLike(el: Element | null | undefined): ParsedNameIdLike | null {
  // spid-sp-test's template wraps the NameID in whitespace: the identifier is what is inside.
  return el ? { value: (el.textContent ?? "").trim(), format: attr(el, "Format"), nameQualifier: attr(el, "NameQualifier") } : null;
}
