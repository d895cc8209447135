import { describe, expect, it } from "vitest";
import { services } from "#db/seed/data/services";
import { TARI_TQRIF_RULES } from "~/domain/application-workflow";
import { checkCharacter } from "~/domain/codice-fiscale";
import { addCalendarDays } from "~/domain/working-days";
import { activeAttachments, applyLocks, initialAnswers, prune, validateForm, type Identity } from "~/forms/engine";
import { FORMS, findForm } from "~/forms/registry";
import { CURRENT_YEAR } from "~/forms/services/common";
import type { AttachmentSpec, Condition, Field, FormDefinition, LeafField, RawAnswers, Step } from "~/forms/types";
import formsEn from "~/locales/forms.en";
import formsIt from "~/locales/forms.it";

const SLUGS = [
  "tari-iscrizione",
  "tari-variazione",
  "tari-cessazione",
  "tari-riduzioni",
  "imu-rimborso",
  "multe-dati-conducente",
  "multe-ricorso",
  "lampade-votive",
  "mensa-scolastica",
  "accesso-atti",
  "segnalazione-disservizio",
  "tributi-rettifica",
] as const;

const TARI = ["tari-iscrizione", "tari-variazione", "tari-cessazione", "tari-riduzioni"];
const TEN_MB = 10 * 1024 * 1024;
const FILE_KINDS = ["pdf", "png", "jpeg"];
const IDENTITY_PREFILLS = ["givenName", "familyName", "fullName", "fiscalCode", "dateOfBirth"];
const DATE_LIMIT = /^(today|[+-]\d+|\d{4}-\d{2}-\d{2})$/;

const definitions = Object.values(FORMS);

// ---------------------------------------------------------------------------------------------
// Walking a definition

/** Every i18n key a definition uses, with where it was found (for a readable failure). */
function usedKeys(value: unknown, path = "", out = new Map<string, string>()): Map<string, string> {
  if (Array.isArray(value)) value.forEach((v, i) => usedKeys(v, `${path}[${i}]`, out));
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      const here = path ? `${path}.${k}` : k;
      if (["label", "hint", "title", "intro", "privacyPurpose", "itemLabel", "unit", "deadlineSource"].includes(k)) {
        expect(typeof v, here).toBe("string");
        out.set(v as string, here);
      } else if (k === "pattern") {
        out.set((v as { error: string }).error, `${here}.error`);
      } else usedKeys(v, here, out);
    }
  }
  return out;
}

function lookup(strings: unknown, key: string): unknown {
  return key.split(".").reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), strings);
}

function leaves(value: unknown, prefix = ""): string[] {
  if (typeof value === "string") return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

/** A leaf condition, as a comparable string. */
function atoms(condition: Condition | undefined): string[] {
  if (!condition) return [];
  if ("all" in condition) return condition.all.flatMap(atoms);
  return [JSON.stringify(condition)];
}

function conditionsIn(condition: Condition | undefined): Exclude<Condition, { all: readonly Condition[] }>[] {
  if (!condition) return [];
  if ("all" in condition) return condition.all.flatMap(conditionsIn);
  return [condition];
}

interface Placed {
  field: Field;
  step: Step;
  /** Position in reading order. */
  order: number;
}

function placeFields(def: FormDefinition): Map<string, Placed> {
  const placed = new Map<string, Placed>();
  let order = 0;
  for (const step of def.steps) for (const field of step.fields) placed.set(field.name, { field, step, order: order++ });
  return placed;
}

/** The whole condition under which a question is asked: its step's and its own. */
const effective = (p: Placed): string[] => [...atoms(p.step.when), ...atoms(p.field.when)];

/**
 * A condition may only read an answer given before it (the flow goes forward), the answer must be
 * one the question can take, and whatever the referenced question depends on must be part of the
 * condition too: otherwise a stale answer to a question that no longer applies could switch it on.
 */
function checkCondition(def: FormDefinition, where: string, condition: Condition | undefined, before: number, context: string[]) {
  const placed = placeFields(def);
  for (const leaf of conditionsIn(condition)) {
    const target = placed.get(leaf.field);
    expect(target, `${def.slug} ${where}: "${leaf.field}" does not exist`).toBeDefined();
    if (!target) continue;
    expect(target.order, `${def.slug} ${where}: "${leaf.field}" is not asked before`).toBeLessThan(before);
    expect(target.field.type, `${def.slug} ${where}: a condition on a group`).not.toBe("group");
    const values = "equals" in leaf ? [leaf.equals] : "oneOf" in leaf ? [...leaf.oneOf] : [];
    if ("oneOf" in leaf) expect(leaf.oneOf.length, `${def.slug} ${where}: empty oneOf`).toBeGreaterThan(0);
    const allowed =
      target.field.type === "choice" ? target.field.options.map((o) => o.value) : target.field.type === "yesNo" ? ["yes", "no"] : null;
    if (values.length) {
      expect(allowed, `${def.slug} ${where}: compares "${leaf.field}", which has no fixed answers`).not.toBeNull();
      for (const v of values) expect(allowed, `${def.slug} ${where}: "${leaf.field}" never answers "${v}"`).toContain(v);
    }
    for (const needed of effective(target)) expect(context, `${def.slug} ${where}: misses ${needed}, the condition of "${leaf.field}"`).toContain(needed);
  }
}

// ---------------------------------------------------------------------------------------------
// Structure

describe("the registry", () => {
  it("holds exactly the services listed here, each under its own slug", () => {
    expect(Object.keys(FORMS).sort()).toEqual([...SLUGS].sort());
    for (const [slug, def] of Object.entries(FORMS)) expect(def.slug).toBe(slug);
  });

  it("finds a form by slug and nothing for an unknown or inherited name", () => {
    expect(findForm("tari-iscrizione")).toBe(FORMS["tari-iscrizione"]);
    for (const name of ["", "tari", "constructor", "__proto__", "toString", "hasOwnProperty"]) expect(findForm(name), name).toBeUndefined();
  });

  it("only has services of the catalogue whose online link opens this form", () => {
    for (const slug of SLUGS) {
      const service = services.find((s) => s.slug === slug);
      expect(service, slug).toBeDefined();
      expect(service?.onlineUrl, slug).toBe(`/area-personale/domande/nuova/${slug}`);
    }
  });
});

describe.each(definitions.map((d) => [d.slug, d] as const))("the form %s", (slug, def) => {
  it("starts at a whole version number", () => {
    expect(Number.isInteger(def.version) && def.version >= 1).toBe(true);
  });

  it("has unique well-formed names and step ids", () => {
    const ids = def.steps.map((s) => s.id);
    for (const id of ids) expect(id, slug).toMatch(/^[a-z0-9-]+$/);
    expect(new Set(ids).size, `${slug}: duplicate step ids`).toBe(ids.length);
    expect(def.steps.length).toBeGreaterThan(0);

    const names = def.steps.flatMap((s) => s.fields.map((f) => f.name));
    const attachmentNames = def.attachments.map((a) => a.name);
    for (const name of [...names, ...attachmentNames]) expect(name, slug).toMatch(/^[a-z][a-zA-Z0-9_]*$/);
    expect(new Set(names).size, `${slug}: duplicate field names`).toBe(names.length);
    expect(new Set(attachmentNames).size, `${slug}: duplicate attachment names`).toBe(attachmentNames.length);
    for (const a of attachmentNames) expect(names, `${slug}: attachment "${a}" shares a field's name`).not.toContain(a);

    for (const step of def.steps) {
      expect(step.fields.length, `${slug}/${step.id} has no questions`).toBeGreaterThan(0);
      for (const field of step.fields) {
        if (field.type !== "group") continue;
        const inner = field.fields.map((f) => f.name);
        for (const name of inner) expect(name, `${slug}/${field.name}`).toMatch(/^[a-z][a-zA-Z0-9_]*$/);
        expect(new Set(inner).size, `${slug}/${field.name}: duplicate names`).toBe(inner.length);
      }
    }
  });

  it("makes every condition read an earlier answer, with a value it can have", () => {
    const placed = placeFields(def);
    for (const step of def.steps) {
      const first = placed.get(step.fields[0]!.name)!.order;
      checkCondition(def, `step ${step.id}`, step.when, first, atoms(step.when));
      for (const field of step.fields) {
        const p = placed.get(field.name)!;
        checkCondition(def, `field ${field.name}`, field.when, p.order, effective(p));
        if (field.type === "group") {
          // Inside a group a condition reads a sibling asked before it in the same item.
          field.fields.forEach((sub, i) => {
            for (const leaf of conditionsIn(sub.when)) {
              const sibling = field.fields.findIndex((f) => f.name === leaf.field);
              expect(sibling, `${slug} ${field.name}.${sub.name}: reads "${leaf.field}"`).toBeGreaterThanOrEqual(0);
              expect(sibling).toBeLessThan(i);
            }
          });
        }
      }
    }
    for (const attachment of def.attachments) checkCondition(def, `attachment ${attachment.name}`, attachment.when, Infinity, atoms(attachment.when));
  });

  it("has every text in Italian and in English", () => {
    const keys = usedKeys(def);
    expect(keys.size).toBeGreaterThan(0);
    for (const [key, where] of keys) {
      expect(key, where).not.toContain(":");
      expect(typeof lookup(formsIt, key), `${slug} ${where}: "${key}" missing in forms.it`).toBe("string");
      expect(typeof lookup(formsEn, key), `${slug} ${where}: "${key}" missing in forms.en`).toBe("string");
    }
    expect(keys.has(def.privacyPurpose)).toBe(true);
  });

  it("gives choices distinct answers, and at least two unless it is a single tick box", () => {
    const check = (field: LeafField, where: string) => {
      if (field.type !== "choice") return;
      const values = field.options.map((o) => o.value);
      expect(new Set(values).size, `${where}: duplicate option values`).toBe(values.length);
      for (const v of values) expect(v, where).toMatch(/^[A-Za-z0-9_]+$/);
      expect(values.length, where).toBeGreaterThanOrEqual(field.multiple ? 1 : 2);
      if (field.display === "select") expect(field.multiple, `${where}: a select with several answers`).not.toBe(true);
    };
    for (const step of def.steps)
      for (const field of step.fields) {
        if (field.type === "group") field.fields.forEach((sub) => check(sub, `${slug} ${field.name}.${sub.name}`));
        else check(field, `${slug} ${field.name}`);
      }
  });

  it("keeps limits sane: numbers, dates, lengths, patterns, groups", () => {
    const check = (field: LeafField, where: string) => {
      switch (field.type) {
        case "number":
          if (field.min !== undefined && field.max !== undefined) expect(field.min, where).toBeLessThanOrEqual(field.max);
          expect([0, 1, 2], where).toContain(field.decimals ?? 0);
          break;
        case "date": {
          for (const limit of [field.min, field.max]) if (limit !== undefined) expect(limit, where).toMatch(DATE_LIMIT);
          const today = "2025-06-16";
          const day = (l: string) => (l === "today" ? today : /^[+-]/.test(l) ? addCalendarDays(today, Number(l)) : l);
          if (field.min && field.max) expect(day(field.min) <= day(field.max), `${where}: min after max`).toBe(true);
          break;
        }
        case "text":
          if (field.maxLength !== undefined) expect(field.maxLength, where).toBeGreaterThan(0);
          if (field.pattern) expect(() => new RegExp(field.pattern!.source), where).not.toThrow();
          break;
      }
    };
    for (const step of def.steps)
      for (const field of step.fields) {
        if (field.type === "group") {
          expect(field.max, `${slug} ${field.name}`).toBeGreaterThanOrEqual(1);
          expect(field.min ?? 0, `${slug} ${field.name}`).toBeGreaterThanOrEqual(0);
          expect(field.min ?? 0, `${slug} ${field.name}`).toBeLessThanOrEqual(field.max);
          expect(lookup(formsIt, field.itemLabel), `${slug} ${field.name}`).toContain("{{n}}");
          expect(lookup(formsEn, field.itemLabel), `${slug} ${field.name}`).toContain("{{n}}");
          for (const sub of field.fields) {
            expect(sub.prefill, `${slug} ${field.name}.${sub.name}: prefill is not applied inside groups`).toBeUndefined();
            check(sub, `${slug} ${field.name}.${sub.name}`);
          }
        } else check(field, `${slug} ${field.name}`);
      }
  });

  it("accepts attachments of known kinds up to 10 MB each", () => {
    const check = (a: AttachmentSpec) => {
      expect(a.accept.length, a.name).toBeGreaterThan(0);
      expect(new Set(a.accept).size, a.name).toBe(a.accept.length);
      for (const kind of a.accept) expect(FILE_KINDS, a.name).toContain(kind);
      expect(a.maxBytes, a.name).toBeGreaterThan(0);
      expect(a.maxBytes, a.name).toBeLessThanOrEqual(TEN_MB);
      if (a.maxFiles !== undefined) expect(Number.isInteger(a.maxFiles) && a.maxFiles >= 1 && a.maxFiles <= 10, a.name).toBe(true);
    };
    def.attachments.forEach(check);
  });

  it("never asks the applicant's identity again: identity fields are locked, the e-mail is editable", () => {
    for (const step of def.steps)
      for (const field of step.fields) {
        if (field.locked) expect(field.prefill, `${slug} ${field.name}: locked without prefill`).toBeDefined();
        if (field.prefill && IDENTITY_PREFILLS.includes(field.prefill)) expect(field.locked, `${slug} ${field.name}`).toBe(true);
        if (field.prefill === "email") {
          expect(field.type, `${slug} ${field.name}`).toBe("email");
          expect(field.locked, `${slug} ${field.name}`).not.toBe(true);
        }
      }
  });

  it("states its legal term and where it comes from", () => {
    expect(def.deadlineSource, slug).toBeDefined();
    if (def.deadline) expect(Number.isInteger(def.deadline.days) && def.deadline.days > 0).toBe(true);
    const privacy = lookup(formsIt, def.privacyPurpose) as string;
    expect(privacy, slug).toMatch(/articolo 6, paragrafo 1, lettera e/);
  });
});

describe("legal terms and bases of specific services", () => {
  it("answers TARI account requests like written information requests (ARERA TQRIF)", () => {
    for (const slug of TARI) expect(FORMS[slug]?.deadline, slug).toEqual(TARI_TQRIF_RULES.information_request);
  });

  it("gives the IMU refund the 180 calendar days of L. 296/2006", () => {
    expect(FORMS["imu-rimborso"]?.deadline).toEqual({ days: 180, kind: "calendar" });
  });

  it("gives access to documents and reports 30 days", () => {
    expect(FORMS["accesso-atti"]?.deadline).toEqual({ days: 30, kind: "calendar" });
    expect(FORMS["segnalazione-disservizio"]?.deadline).toEqual({ days: 30, kind: "calendar" });
  });

  it("names the basis for health data in the canteen form (GDPR art. 9)", () => {
    expect(lookup(formsIt, FORMS["mensa-scolastica"]!.privacyPurpose)).toMatch(/articolo 9, paragrafo 2, lettera g/);
    expect(lookup(formsEn, FORMS["mensa-scolastica"]!.privacyPurpose)).toMatch(/article 9\(2\)\(g\)/);
  });
});

describe("the forms namespace", () => {
  it("has no text that no form uses", () => {
    const used = new Set(definitions.flatMap((d) => [...usedKeys(d).keys()]));
    const unused = leaves(formsIt).filter((key) => !used.has(key));
    expect(unused).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Realistic answers through the engine

const TODAY = "2025-06-16";
const ctx = { today: TODAY };

/** A valid codice fiscale from its first 15 characters. */
const cf = (first15: string) => first15 + checkCharacter(first15);

const identity: Identity = {
  givenName: "Maria",
  familyName: "Brambilla",
  fiscalCode: cf("BRMMRA44C52F704"),
  email: "maria.brambilla@example.it",
  dateOfBirth: "1944-03-12",
};

const CONTACTS: RawAnswers = { email: "maria.brambilla@example.it", phone: "0362 123456" };
/** A valid Italian IBAN (the check digits are right). */
const IBAN = "IT60 X054 2811 1010 0000 0123 456";

/** One filled example per form, as a citizen would type them (Italian numbers and dates). */
export const examples: Record<(typeof SLUGS)[number], RawAnswers> = {
  "tari-iscrizione": {
    payer: "self",
    "address.street": "Via Umberto I",
    "address.number": "12",
    "cadastral.foglio": "21",
    "cadastral.particella": "345",
    "cadastral.subalterno": "7",
    "cadastral.category": "a2",
    surface: "84,50",
    hasAppurtenances: "yes",
    "appurtenances._count": "1",
    "appurtenances.0.kind": "garage",
    "appurtenances.0.cadastral.foglio": "21",
    "appurtenances.0.cadastral.particella": "345",
    "appurtenances.0.cadastral.subalterno": "15",
    "appurtenances.0.cadastral.category": "C/6",
    "appurtenances.0.surface": "14",
    use: "domestic_resident",
    hasNonResidentOccupants: "yes",
    "occupants._count": "1",
    "occupants.0.fullName": "Ana Popescu",
    "occupants.0.fiscalCode": cf("PPSNAA70A41Z129"),
    "occupants.0.relationship": "carer",
    occupationTitle: "lease",
    ownerName: "Giuseppe Colombo",
    startDate: "01/06/2025",
    takesOver: "yes",
    previousHolderName: "Luca Sala",
    ...CONTACTS,
  },
  "tari-variazione": {
    "address.street": "Via Cavour",
    "address.number": "5",
    "cadastral.foglio": "18",
    "cadastral.particella": "102",
    "cadastral.subalterno": "3",
    "cadastral.category": "A/3",
    changes: ["surface", "mailing_address"],
    changeDate: "02/05/2025",
    newSurface: "96",
    "newMailingAddress.street": "Via Roma",
    "newMailingAddress.number": "40",
    "newMailingAddress.postcode": "20900",
    "newMailingAddress.town": "Monza",
    ...CONTACTS,
  },
  "tari-cessazione": {
    reason: "holder_died",
    deceasedName: "Carlo Brambilla",
    deceasedFiscalCode: cf("BRMCRL40H12I625"),
    deathDate: "20/03/2025",
    heirRelationship: "spouse",
    "address.street": "Via Verdi",
    "address.number": "3",
    endDate: "20/03/2025",
    nextOccupantKnown: "no",
    "mailingAddress.street": "Via Garibaldi",
    "mailingAddress.number": "8",
    "mailingAddress.postcode": "20831",
    "mailingAddress.town": "Seregno",
    ...CONTACTS,
  },
  "tari-riduzioni": {
    reduction: "composting",
    "address.street": "Via Stoppani",
    "address.number": "22",
    since: "01/03/2025",
    compostMethod: "bin",
    compostPlace: "own_garden",
    gardenArea: "120",
    inspectionConsent: ["confirmed"],
    declaration: ["confirmed"],
    ...CONTACTS,
  },
  "imu-rimborso": {
    applicantRole: "heir",
    deceasedName: "Carlo Brambilla",
    deceasedFiscalCode: cf("BRMCRL40H12I625"),
    deathDate: "20/03/2025",
    taxYear: "2024",
    paymentDate: "16/12/2024",
    amountPaid: "1.234,56",
    amountRequested: "312,50",
    reason: "paid_twice",
    "propertyAddress.street": "Via Cavour",
    "propertyAddress.number": "5",
    "cadastral.foglio": "18",
    "cadastral.particella": "102",
    "cadastral.subalterno": "3",
    "cadastral.category": "A/3",
    iban: IBAN,
    accountHolder: "joint",
    coHolderName: "Paolo Brambilla",
    ...CONTACTS,
  },
  "multe-dati-conducente": {
    fineNumber: "2025/0012345",
    notificationDate: "02/06/2025",
    plate: "FG123HJ",
    ownerType: "self",
    wasDriver: "no",
    driverGivenName: "Paolo",
    driverFamilyName: "Brambilla",
    driverFiscalCode: cf("BRMPLA72B10I625"),
    driverBirthDate: "10/02/1972",
    "driverAddress.street": "Via Roma",
    "driverAddress.number": "40",
    "driverAddress.postcode": "20900",
    "driverAddress.town": "Monza",
    licenceNumber: "MB1234567X",
    licenceCategory: "B",
    licenceIssuedBy: "UMC",
    licenceIssueDate: "14/05/2019",
    licenceExpiryDate: "10/02/2029",
    declaration: ["confirmed"],
    ...CONTACTS,
  },
  "multe-ricorso": {
    fineNumber: "V/2026/004512",
    notificationDate: "02/06/2025",
    plate: "FG482KL",
    role: "owner",
    authority: "prefetto",
    hearing: "yes",
    grounds: "Il divieto di sosta non era segnalato: il cartello era coperto dai rami (foto allegate).",
    declaration: ["confirmed"],
    ...CONTACTS,
  },
  "lampade-votive": {
    requestType: "activation",
    deceasedGivenName: "Carlo",
    deceasedFamilyName: "Brambilla",
    deathDate: "20/03/2025",
    relationship: "spouse",
    cemetery: "urbano",
    burialType: "niche",
    section: "Settore B",
    position: "fila 3, numero 12",
    startDate: "01/07/2025",
    billing: "post",
    "billingAddress.street": "Via Garibaldi",
    "billingAddress.number": "8",
    "billingAddress.postcode": "20831",
    "billingAddress.town": "Seregno",
    ...CONTACTS,
  },
  "mensa-scolastica": {
    applicantRole: "parent",
    childGivenName: "Giulia",
    childFamilyName: "Sala",
    childFiscalCode: cf("SLAGLI17P45I625"),
    childBirthDate: "05/09/2017",
    schoolYear: "2025/2026",
    school: "primaria_san_carlo",
    schoolClass: "3ª B",
    diet: "health",
    foodsToAvoid: "Latte e latticini, frutta a guscio",
    reducedFee: "yes",
    iseeValue: "12.500,00",
    addSecondParent: "yes",
    secondParentGivenName: "Luca",
    secondParentFamilyName: "Sala",
    secondParentFiscalCode: cf("SLALCU80A01F205"),
    ...CONTACTS,
  },
  "accesso-atti": {
    accessType: "documentale",
    actingAs: "legal_representative",
    representedEntityName: "Condominio Via Cavour 5",
    representedEntityFiscalCode: "91012345678",
    documentsDescription: "Permesso di costruire e progetto della sopraelevazione dell'edificio di via Cavour 7, anno 2018.",
    office: "Edilizia privata",
    reference: "PdC 123/2018",
    interest:
      "La sopraelevazione toglie luce agli appartamenti del condominio che rappresento: mi servono i progetti per valutare un ricorso.",
    mode: "certified_copy",
    delivery: "pec",
    pecAddress: "condominio.cavour5@pec.example.it",
    ...CONTACTS,
  },
  "segnalazione-disservizio": {
    kind: "lighting",
    placeBy: "address",
    "address.street": "Via Wagner",
    "address.number": "10",
    description: "Il lampione davanti al civico 10 è spento da una settimana. La sera il marciapiede è buio.",
    contactBack: "yes",
    contactBy: "phone",
    phone: "333 1234567",
  },
  "tributi-rettifica": {
    tax: "IMU",
    taxYear: "2024",
    error: "dates",
    what: "Via Giuseppe Verdi 5",
    explanation: "La casa risulta mia dal 1° marzo 2024, ma l'atto di acquisto è del 16 marzo 2024.",
    rightData: "Proprietaria al 100% dal 16/03/2024",
    ...CONTACTS,
  },
};

/** The answers as the desk holds them at the end: the identity's, then what the citizen typed. */
function answersOf(def: FormDefinition, typed: RawAnswers): RawAnswers {
  return applyLocks(def, { ...initialAnswers(def, identity), ...typed }, identity);
}

describe("the engine with realistic answers", () => {
  it("has one example per form", () => {
    expect(Object.keys(examples).sort()).toEqual([...SLUGS].sort());
  });

  it.each(SLUGS.map((s) => [s] as const))("accepts a complete realistic application for %s", (slug) => {
    const def = FORMS[slug]!;
    const raw = answersOf(def, examples[slug]);
    const result = validateForm(def, raw, ctx);
    expect(result.ok ? {} : { step: result.step.id, errors: result.errors }).toEqual({});
    // The example answers only questions that apply: nothing typed is thrown away as stale.
    const kept = prune(def, raw);
    expect(Object.keys(examples[slug]).filter((key) => !(key in kept))).toEqual([]);
  });

  it.each(SLUGS.map((s) => [s] as const))("refuses %s when the first required answer is missing", (slug) => {
    const def = FORMS[slug]!;
    const raw = answersOf(def, examples[slug]);
    const first = def.steps[0]!.fields.find((f) => f.required !== false && !f.when && !f.locked)!;
    const withoutIt = Object.fromEntries(Object.entries(raw).filter(([k]) => k !== first.name && !k.startsWith(`${first.name}.`)));
    const result = validateForm(def, withoutIt, ctx);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.step.id).toBe(def.steps[0]!.id);
  });

  it("locks the identity: a posted name is replaced by the applicant's own", () => {
    const def = FORMS["multe-dati-conducente"]!;
    const raw = answersOf(def, { ...examples["multe-dati-conducente"], declarantName: "Someone Else", declarantFiscalCode: cf("RSSMRA80A01F205") });
    expect(raw.declarantName).toBe("Maria Brambilla");
    expect(raw.declarantFiscalCode).toBe(identity.fiscalCode);
    expect(answersOf(FORMS["imu-rimborso"]!, { holderName: "Someone Else" }).holderName).toBe("Maria Brambilla");
  });

  it("asks the previous holder only when the citizen takes over (TARI iscrizione)", () => {
    const def = FORMS["tari-iscrizione"]!;
    const noTakeOver: RawAnswers = { ...examples["tari-iscrizione"], takesOver: "no" };
    delete noTakeOver.previousHolderName;
    expect(validateForm(def, answersOf(def, noTakeOver), ctx).ok).toBe(true);
    const missing: RawAnswers = { ...examples["tari-iscrizione"] };
    delete missing.previousHolderName;
    const result = validateForm(def, answersOf(def, missing), ctx);
    expect(result.ok ? null : result.errors).toEqual({ previousHolderName: "required" });
  });

  it("asks non-resident occupants only for a home, and refuses more than 20 people", () => {
    const def = FORMS["tari-iscrizione"]!;
    const shop: RawAnswers = { ...examples["tari-iscrizione"], use: "non_domestic", activity: "Parrucchiere" };
    expect(validateForm(def, prune(def, answersOf(def, shop)), ctx).ok).toBe(true);
    const crowded = { ...examples["tari-iscrizione"], use: "domestic_non_resident", occupantsCount: "21" };
    const result = validateForm(def, answersOf(def, crowded), ctx);
    expect(result.ok ? null : result.errors).toEqual({ occupantsCount: "max" });
  });

  it("asks only the new values of what changed (TARI variazione)", () => {
    const def = FORMS["tari-variazione"]!;
    const result = validateForm(def, answersOf(def, { ...examples["tari-variazione"], changes: ["surface", "holder"] }), ctx);
    expect(result.ok ? null : Object.keys(result.errors).sort()).toEqual(["holderChangeReason", "newHolderFiscalCode", "newHolderName"]);
  });

  it("wants the medical certificate only for a health diet (mensa)", () => {
    const def = FORMS["mensa-scolastica"]!;
    const names = (typed: RawAnswers) => activeAttachments(def, answersOf(def, typed)).map((a) => a.name);
    expect(names(examples["mensa-scolastica"])).toEqual(["medicalCertificate"]);
    expect(names({ ...examples["mensa-scolastica"], diet: "none" })).toEqual([]);
  });

  it("wants the F24 receipts, up to five, and the heir's document only from an heir (IMU)", () => {
    const def = FORMS["imu-rimborso"]!;
    const f24 = def.attachments.find((a) => a.name === "f24Receipts")!;
    expect(f24.required).not.toBe(false);
    expect(f24.maxFiles).toBe(5);
    expect(activeAttachments(def, answersOf(def, examples["imu-rimborso"])).map((a) => a.name)).toContain("heirDocument");
    expect(activeAttachments(def, answersOf(def, { ...examples["imu-rimborso"], applicantRole: "taxpayer" })).map((a) => a.name)).not.toContain("heirDocument");
  });

  it("refuses a foreign IBAN for a refund and a tax year in the future", () => {
    const def = FORMS["imu-rimborso"]!;
    const foreign = validateForm(def, answersOf(def, { ...examples["imu-rimborso"], iban: "DE89 3704 0044 0532 0130 00" }), ctx);
    expect(foreign.ok ? null : foreign.errors).toEqual({ iban: "ibanItalian" });
    const future = validateForm(def, answersOf(def, { ...examples["imu-rimborso"], taxYear: String(CURRENT_YEAR + 1) }), ctx);
    expect(future.ok ? null : future.errors).toEqual({ taxYear: "max" });
  });

  it("asks the driver's data and signed statement only when the applicant did not drive (art. 126-bis)", () => {
    const def = FORMS["multe-dati-conducente"]!;
    const self = { ...examples["multe-dati-conducente"], wasDriver: "yes" };
    const pruned = prune(def, answersOf(def, self));
    expect(pruned.driverFiscalCode).toBeUndefined();
    expect(validateForm(def, pruned, ctx).ok).toBe(true);
    expect(activeAttachments(def, pruned).map((a) => a.name)).toEqual(["licenceCopy"]);
    const unticked = validateForm(def, answersOf(def, { ...examples["multe-dati-conducente"], declaration: [] }), ctx);
    expect(unticked.ok ? null : unticked.errors).toEqual({ declaration: "required" });
  });

  it("asks the interest only for access to documents under L. 241/1990", () => {
    const def = FORMS["accesso-atti"]!;
    const civic: RawAnswers = { ...examples["accesso-atti"], accessType: "civico_generalizzato" };
    delete civic.interest;
    expect(validateForm(def, answersOf(def, civic), ctx).ok).toBe(true);
    const noInterest: RawAnswers = { ...examples["accesso-atti"] };
    delete noInterest.interest;
    const result = validateForm(def, answersOf(def, noInterest), ctx);
    expect(result.ok ? null : result.errors).toEqual({ interest: "required" });
  });

  it("takes a place as an address in the comune or as a description, and a description up to 2000 characters", () => {
    const def = FORMS["segnalazione-disservizio"]!;
    const described: RawAnswers = { ...examples["segnalazione-disservizio"], placeBy: "description", placeDescription: "Nel parco giochi dietro la chiesa" };
    expect(validateForm(def, prune(def, answersOf(def, described)), ctx).ok).toBe(true);
    const long = validateForm(def, answersOf(def, { ...examples["segnalazione-disservizio"], description: "x".repeat(2001) }), ctx);
    expect(long.ok ? null : long.errors).toEqual({ description: "tooLong" });
  });
});
