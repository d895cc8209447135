/**
 * XML signatures (xml-crypto 6.3.2) and the HTTP-Redirect binding's query signature (RT-BIND), for
 * our AuthnRequests, LogoutRequests and metadata, and for the test IdP. The verification half here
 * serves the test IdP and metadata only; IdP Responses go through response-verifier.server.ts.
 */
import { createSign, createVerify } from "node:crypto";
import { deflateRawSync, inflateRawSync } from "node:zlib";
import { SignedXml } from "xml-crypto";
import { ALGORITHM, NS } from "~/domain/saml/constants";
import { MAX_SAML_BYTES, parseSafeXml } from "~/domain/saml/parse";

export type SignatureAction = "append" | "prepend" | "before" | "after";

export interface SignXmlOptions {
  /** Local name of the document element to sign (e.g. "AuthnRequest", "EntityDescriptor"). */
  rootLocalName?: string;
  /** XPath of the element to sign, when it is not the document element (e.g. the Assertion inside a Response). */
  xpath?: string;
  privateKeyPem: string;
  certificatePem: string;
  /**
   * Where the ds:Signature goes. Default: right after the signed element's own saml:Issuer, where
   * the SAML schemas want it. Metadata passes `{ reference: <root xpath>, action: "prepend" }`.
   */
  location?: { reference: string; action: SignatureAction };
}

const byLocalName = (name: string) => {
  if (!/^[A-Za-z_][\w.-]*$/.test(name)) throw new Error(`Not an element name: ${name}`);
  return `*[local-name(.)='${name}']`;
};

/** Enveloped RSA-SHA256 signature, exclusive c14n, SHA-256 digest, `ds:` prefix, KeyInfo with the certificate. */
export function signXml(xml: string, options: SignXmlOptions): string {
  const target = options.xpath ?? (options.rootLocalName ? `/${byLocalName(options.rootLocalName)}` : "/*");
  const location = options.location ?? {
    reference: `${target}/*[local-name(.)='Issuer' and namespace-uri(.)='${NS.assertion}']`,
    action: "after" as const,
  };
  const sig = new SignedXml({
    privateKey: options.privateKeyPem,
    publicCert: options.certificatePem,
    signatureAlgorithm: ALGORITHM.rsaSha256,
    canonicalizationAlgorithm: ALGORITHM.excC14n,
  });
  sig.addReference({ xpath: target, transforms: [ALGORITHM.envelopedSignature, ALGORITHM.excC14n], digestAlgorithm: ALGORITHM.sha256 });
  sig.computeSignature(xml, { prefix: "ds", location });
  return sig.getSignedXml();
}

/**
 * True only when the document element carries exactly one ds:Signature whose single Reference
 * points at the document element's own ID (unique in the document), with no transform but the
 * enveloped + exc-c14n pair, and the signature verifies with `certificatePem` (never with the
 * KeyInfo the document carries). Anything else, including signatures over some other element of
 * the document (wrapping), is false.
 */
export function verifyEnvelopedSignature(xml: string, certificatePem: string): boolean {
  try {
    const doc = parseSafeXml(xml);
    const root = doc.documentElement;
    const signatures: Element[] = [];
    for (let n = root.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 1 && (n as Element).namespaceURI === NS.ds && (n as Element).localName === "Signature") signatures.push(n as Element);
    }
    if (signatures.length !== 1) return false;
    if (doc.getElementsByTagNameNS(NS.ds, "Signature").length !== 1) return false;
    const rootId = root.getAttributeNode("ID")?.value;
    if (!rootId) return false;
    let sameId = 0;
    const all = doc.getElementsByTagName("*");
    for (let i = 0; i < all.length; i++) {
      const el = all.item(i)!;
      for (const name of ["ID", "Id", "id"]) if (el.getAttributeNode(name)?.value === rootId) sameId++;
    }
    if (sameId !== 1) return false;

    const sig = new SignedXml({ publicCert: certificatePem });
    sig.loadSignature(signatures[0]!);
    const refs = sig.getReferences();
    if (refs.length !== 1 || refs[0]!.uri !== `#${rootId}`) return false;
    const allowed = new Set<string>([ALGORITHM.envelopedSignature, ALGORITHM.excC14n]);
    if (refs[0]!.transforms.length > 2 || refs[0]!.transforms.some((t) => !allowed.has(t))) return false;
    if (!sig.checkSignature(xml.replace(/\r\n?/g, "\n"))) return false;
    return sig.getSignedReferences().length === 1;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------
// HTTP-Redirect binding

export type RedirectParam = "SAMLRequest" | "SAMLResponse";

/** base64(deflateRaw(xml)): the message as the Redirect binding carries it, before URL-encoding. */
export function encodeRedirect(xml: string): string {
  return deflateRawSync(Buffer.from(xml, "utf8")).toString("base64");
}

/** The inverse of encodeRedirect; the output is capped so a small deflate bomb cannot eat memory. */
export function decodeRedirect(b64: string): string {
  const inflated = inflateRawSync(Buffer.from(b64, "base64"), { maxOutputLength: MAX_SAML_BYTES });
  return new TextDecoder("utf-8", { fatal: true }).decode(inflated);
}

export interface SignRedirectInput {
  param: RedirectParam;
  /** The XML message, or the already encoded base64(deflate) value (told apart by the leading "<"). */
  value: string;
  relayState?: string;
  privateKeyPem: string;
}

/**
 * `SAMLRequest=…&RelayState=…&SigAlg=…&Signature=…`. The signature is over the URL-encoded
 * `k=v` pairs in exactly this order (RT-BIND; SAML Bindings §3.4.4.1).
 */
export function signRedirectQuery(input: SignRedirectInput): string {
  const encoded = input.value.trimStart().startsWith("<") ? encodeRedirect(input.value) : input.value;
  let signed = `${input.param}=${encodeURIComponent(encoded)}`;
  if (input.relayState !== undefined) signed += `&RelayState=${encodeURIComponent(input.relayState)}`;
  signed += `&SigAlg=${encodeURIComponent(ALGORITHM.rsaSha256)}`;
  const signature = createSign("RSA-SHA256").update(signed, "utf8").sign(input.privateKeyPem, "base64");
  return `${signed}&Signature=${encodeURIComponent(signature)}`;
}

export type VerifyRedirectResult =
  | { ok: true; param: RedirectParam; xml: string; relayState: string | null }
  | { ok: false; reason: string };

const decodeComponent = (raw: string) => decodeURIComponent(raw);

/**
 * Verifies a Redirect-binding query as received. The signed string is rebuilt from the RAW
 * `k=v` pieces, never re-encoded: two encoders may legitimately differ (case of %xx, which
 * characters they escape), and the IdP/SP signed its own encoding. Duplicated parameters are
 * refused, so that the value verified is the value used.
 */
/** The binding's parameters as received (still URL-encoded), or why the query cannot be one. */
function rawRedirectParams(rawQueryString: string): { raw: Map<string, string>; param: RedirectParam } | { reason: string } {
  const query = rawQueryString.startsWith("?") ? rawQueryString.slice(1) : rawQueryString;
  const raw = new Map<string, string>();
  for (const piece of query.split("&")) {
    if (piece === "") continue;
    const eq = piece.indexOf("=");
    const key = eq < 0 ? piece : piece.slice(0, eq);
    const value = eq < 0 ? "" : piece.slice(eq + 1);
    if (!["SAMLRequest", "SAMLResponse", "RelayState", "SigAlg", "Signature"].includes(key)) continue;
    if (raw.has(key)) return { reason: `duplicate ${key}` };
    raw.set(key, value);
  }
  const hasRequest = raw.has("SAMLRequest");
  if (hasRequest === raw.has("SAMLResponse")) return { reason: "exactly one of SAMLRequest and SAMLResponse expected" };
  return { raw, param: hasRequest ? "SAMLRequest" : "SAMLResponse" };
}

function message(raw: Map<string, string>, param: RedirectParam): { param: RedirectParam; xml: string; relayState: string | null } {
  const relay = raw.get("RelayState");
  return { param, xml: decodeRedirect(decodeComponent(raw.get(param)!)), relayState: relay === undefined ? null : decodeComponent(relay) };
}

/**
 * The message of a Redirect-binding query WITHOUT checking its signature: only to learn who sent it
 * (and so which certificate to verify it with). Null when the query is not a SAML message.
 */
export function peekRedirectQuery(rawQueryString: string): { param: RedirectParam; xml: string; relayState: string | null } | null {
  try {
    const read = rawRedirectParams(rawQueryString);
    return "reason" in read ? null : message(read.raw, read.param);
  } catch {
    return null;
  }
}

export function verifyRedirectQuery(rawQueryString: string, certificatePem: string): VerifyRedirectResult {
  try {
    const read = rawRedirectParams(rawQueryString);
    if ("reason" in read) return { ok: false, reason: read.reason };
    const { raw, param } = read;
    const sigAlg = raw.get("SigAlg");
    const signature = raw.get("Signature");
    if (sigAlg === undefined || signature === undefined) return { ok: false, reason: "unsigned" };
    if (decodeComponent(sigAlg) !== ALGORITHM.rsaSha256) return { ok: false, reason: `SigAlg not accepted: ${decodeComponent(sigAlg)}` };

    let signed = `${param}=${raw.get(param)}`;
    if (raw.has("RelayState")) signed += `&RelayState=${raw.get("RelayState")}`;
    signed += `&SigAlg=${sigAlg}`;
    const valid = createVerify("RSA-SHA256").update(signed, "utf8").verify(certificatePem, Buffer.from(decodeComponent(signature), "base64"));
    if (!valid) return { ok: false, reason: "bad signature" };

    return { ok: true, ...message(raw, param) };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

// ---------------------------------------------------------------------------------------------
// PEM ↔ base64 DER

/** The base64 DER inside a PEM certificate, on one line (as metadata's ds:X509Certificate wants it). */
export function certificateBody(pem: string): string {
  const match = /-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/.exec(pem);
  if (!match) throw new Error("Not a PEM certificate");
  return match[1]!.replace(/\s+/g, "");
}

/** A PEM certificate from base64 DER (e.g. the ds:X509Certificate of an IdP's metadata). */
export function pemFromBase64(der: string): string {
  const body = der.replace(/\s+/g, "");
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(body)) throw new Error("Not base64");
  return `-----BEGIN CERTIFICATE-----\n${body.match(/.{1,64}/g)!.join("\n")}\n-----END CERTIFICATE-----\n`;
}
