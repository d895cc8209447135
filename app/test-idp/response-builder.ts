/**
 * The test IdP's Response, as plain data (`ResponseSpec`) and as XML in the shape of AgID's
 * spid-sp-test `base.xml` (docs/identity-plan.md §8.1). Pure: ids and instants come from the
 * caller, and the mutation table (mutations.ts) edits the spec before it becomes XML. In a spec,
 * `null` leaves the element or attribute out and `""` writes it empty: the rules treat the two
 * differently, so the fixtures must be able to produce both.
 */
import { newSamlId, xmlEscape } from "~/domain/saml/authn-request";
import { ATTRNAME_FORMAT_BASIC, CIE_ATTRIBUTES, CONFIRMATION_METHOD, NAMEID_FORMAT, NS, STATUS, TEST_IDP_SPID_ATTRIBUTES } from "~/domain/saml/constants";
import { SPID_LEVELS, type SpidLevel } from "~/domain/spid-levels";
import type { TestCitizen } from "./citizens";

export interface IssuerSpec {
  value: string;
  format: string | null;
}

export interface AttributeSpec {
  name: string | null;
  value: string;
  type: "string" | "date";
  nameFormat: string | null;
}

export interface AssertionSpec {
  id: string | null;
  version: string | null;
  issueInstant: string | null;
  issuer: IssuerSpec | null;
  /** `null` leaves the whole Subject out. */
  subject: null | {
    nameId: { value: string; format: string | null; nameQualifier: string | null } | null;
    confirmation: { method: string | null; data: { recipient: string | null; inResponseTo: string | null; notOnOrAfter: string | null } | null } | null;
  };
  conditions: { notBefore: string | null; notOnOrAfter: string | null; audiences: string[] | null } | null;
  authn: { authnInstant: string | null; sessionIndex: string | null; classRef: string | null } | null;
  attributes: AttributeSpec[] | null;
}

export interface ResponseSpec {
  profile: "spid" | "cie";
  id: string | null;
  version: string | null;
  issueInstant: string | null;
  destination: string | null;
  inResponseTo: string | null;
  issuer: IssuerSpec | null;
  status: { code: string | null; subCode: string | null; message: string | null } | null;
  assertion: AssertionSpec | null;
}


export function shiftInstant(iso: string, ms: number): string {
  return new Date(Date.parse(iso) + ms).toISOString();
}

export function attributeValues(citizen: TestCitizen, names: readonly string[]): AttributeSpec[] {
  const out: AttributeSpec[] = [];
  const add = (name: string, value: string, type: "string" | "date" = "string") => out.push({ name, value, type, nameFormat: ATTRNAME_FORMAT_BASIC });
  for (const name of names) {
    if (name === "spidCode") add(name, citizen.spidCode);
    else if (name === "name") add(name, citizen.givenName);
    else if (name === "familyName") add(name, citizen.familyName);
    else if (name === "fiscalNumber") add(name, `TINIT-${citizen.fiscalCode}`);
    else if (name === "email" && citizen.email !== null) add(name, citizen.email);
    else if (name === "dateOfBirth") add(name, citizen.dateOfBirth, "date");
    else if (name === "placeOfBirth") add(name, citizen.placeOfBirth.code);
    else if (name === "gender") add(name, citizen.sex);
  }
  return out;
}

export interface SuccessInput {
  profile: "spid" | "cie";
  idpEntityId: string;
  spEntityId: string;
  acsUrl: string;
  requestId: string;
  now: Date;
  level: SpidLevel;
  citizen: TestCitizen;
  /** Attribute names to send; default: the profile's full set. */
  attributes?: readonly string[];
  responseId?: string;
  assertionId?: string;
  nameId?: string;
  sessionIndex?: string;
  /** Lifetime of the SubjectConfirmationData and Conditions; RT-SSO and base.xml use 5 minutes. */
  validityMs?: number;
}

/** The spec of a correct answer: the base every mutation starts from. */
export function successSpec(input: SuccessInput): ResponseSpec {
  const now = input.now.toISOString();
  const until = shiftInstant(now, input.validityMs ?? 5 * 60_000);
  const entity = NAMEID_FORMAT.entity;
  return {
    profile: input.profile,
    id: input.responseId ?? newSamlId(),
    version: "2.0",
    issueInstant: now,
    destination: input.acsUrl,
    inResponseTo: input.requestId,
    issuer: { value: input.idpEntityId, format: entity },
    status: { code: STATUS.success, subCode: null, message: null },
    assertion: {
      id: input.assertionId ?? newSamlId(),
      version: "2.0",
      issueInstant: now,
      // CIE's Assertion Issuer carries no Format (CIE-INT).
      issuer: { value: input.idpEntityId, format: input.profile === "cie" ? null : entity },
      subject: {
        nameId: { value: input.nameId ?? newSamlId(), format: NAMEID_FORMAT.transient, nameQualifier: input.idpEntityId },
        confirmation: {
          method: CONFIRMATION_METHOD.bearer,
          data: { recipient: input.acsUrl, inResponseTo: input.requestId, notOnOrAfter: until },
        },
      },
      conditions: { notBefore: now, notOnOrAfter: until, audiences: [input.spEntityId] },
      authn: { authnInstant: now, sessionIndex: input.sessionIndex ?? newSamlId(), classRef: SPID_LEVELS[input.level] },
      attributes: attributeValues(input.citizen, input.attributes ?? (input.profile === "cie" ? CIE_ATTRIBUTES : TEST_IDP_SPID_ATTRIBUTES)),
    },
  };
}

export interface ErrorInput {
  profile: "spid" | "cie";
  idpEntityId: string;
  acsUrl: string;
  requestId: string;
  now: Date;
  /** The SPID error number (19…30), sent as "ErrorCode nrNN". */
  errorCode: number;
  responseId?: string;
}

/** An IdP error answer (RT-ERR): Responder + nested AuthnFailed + "ErrorCode nrNN", no Assertion. */
export function errorSpec(input: ErrorInput): ResponseSpec {
  return {
    profile: input.profile,
    id: input.responseId ?? newSamlId(),
    version: "2.0",
    issueInstant: input.now.toISOString(),
    destination: input.acsUrl,
    inResponseTo: input.requestId,
    issuer: { value: input.idpEntityId, format: NAMEID_FORMAT.entity },
    status: { code: STATUS.responder, subCode: STATUS.authnFailed, message: `ErrorCode nr${String(input.errorCode).padStart(2, "0")}` },
    assertion: null,
  };
}

const a = (name: string, value: string | null) => (value === null ? "" : ` ${name}="${xmlEscape(value)}"`);

function issuerXml(issuer: IssuerSpec | null): string {
  return issuer ? `<saml:Issuer${a("Format", issuer.format)}>${xmlEscape(issuer.value)}</saml:Issuer>` : "";
}

function assertionXml(s: AssertionSpec): string {
  const subject = s.subject;
  let subjectXml = "";
  if (subject) {
    const n = subject.nameId;
    const c = subject.confirmation;
    subjectXml =
      "<saml:Subject>" +
      (n ? `<saml:NameID${a("Format", n.format)}${a("NameQualifier", n.nameQualifier)}>${xmlEscape(n.value)}</saml:NameID>` : "") +
      (c
        ? `<saml:SubjectConfirmation${a("Method", c.method)}>` +
          (c.data ? `<saml:SubjectConfirmationData${a("InResponseTo", c.data.inResponseTo)}${a("NotOnOrAfter", c.data.notOnOrAfter)}${a("Recipient", c.data.recipient)}/>` : "") +
          "</saml:SubjectConfirmation>"
        : "") +
      "</saml:Subject>";
  }
  const k = s.conditions;
  const conditionsXml = k
    ? `<saml:Conditions${a("NotBefore", k.notBefore)}${a("NotOnOrAfter", k.notOnOrAfter)}>` +
      (k.audiences ? `<saml:AudienceRestriction>${k.audiences.map((x) => `<saml:Audience>${xmlEscape(x)}</saml:Audience>`).join("")}</saml:AudienceRestriction>` : "") +
      "</saml:Conditions>"
    : "";
  const t = s.authn;
  const authnXml = t
    ? `<saml:AuthnStatement${a("AuthnInstant", t.authnInstant)}${a("SessionIndex", t.sessionIndex)}><saml:AuthnContext>` +
      (t.classRef === null ? "" : `<saml:AuthnContextClassRef>${xmlEscape(t.classRef)}</saml:AuthnContextClassRef>`) +
      "</saml:AuthnContext></saml:AuthnStatement>"
    : "";
  const attributesXml = s.attributes
    ? "<saml:AttributeStatement>" +
      s.attributes
        .map(
          (x) =>
            `<saml:Attribute${a("Name", x.name)}${a("NameFormat", x.nameFormat)}>` +
            `<saml:AttributeValue xsi:type="xs:${x.type}">${xmlEscape(x.value)}</saml:AttributeValue></saml:Attribute>`,
        )
        .join("") +
      "</saml:AttributeStatement>"
    : "";
  return (
    `<saml:Assertion xmlns:xs="${NS.xs}" xmlns:xsi="${NS.xsi}"${a("ID", s.id)}${a("Version", s.version)}${a("IssueInstant", s.issueInstant)}>` +
    issuerXml(s.issuer) +
    subjectXml +
    conditionsXml +
    authnXml +
    attributesXml +
    "</saml:Assertion>"
  );
}

/** The unsigned Response XML; sign-response.server.ts adds the signatures. */
export function buildResponse(spec: ResponseSpec): string {
  const st = spec.status;
  const statusXml = st
    ? "<samlp:Status>" +
      (st.code === null
        ? ""
        : `<samlp:StatusCode${a("Value", st.code)}>${st.subCode === null ? "" : `<samlp:StatusCode${a("Value", st.subCode)}/>`}</samlp:StatusCode>`) +
      (st.message === null ? "" : `<samlp:StatusMessage>${xmlEscape(st.message)}</samlp:StatusMessage>`) +
      "</samlp:Status>"
    : "";
  return (
    `<samlp:Response xmlns:samlp="${NS.protocol}" xmlns:saml="${NS.assertion}"` +
    `${a("ID", spec.id)}${a("Version", spec.version)}${a("IssueInstant", spec.issueInstant)}${a("Destination", spec.destination)}${a("InResponseTo", spec.inResponseTo)}>` +
    issuerXml(spec.issuer) +
    statusXml +
    (spec.assertion ? assertionXml(spec.assertion) : "") +
    "</samlp:Response>"
  );
}
