/**
 * Access to documents: "documentale" (L. 241/1990 art. 22 ss., DPR 184/2006), which needs a direct,
 * concrete and current interest, and civic access, simple or generalised (D.Lgs. 33/2013 art. 5),
 * which needs no reason. The catalogue page offers all three, so the form asks which one first and
 * asks the interest only for the first.
 */
import type { FormDefinition } from "../types";
import { contactStep, documentSpec, keysOf } from "./common";

const k = keysOf("accesso-atti");

const FOR_PERSON = { field: "actingAs", equals: "other_person" } as const;
const FOR_ENTITY = { field: "actingAs", equals: "legal_representative" } as const;
const COPY = { field: "mode", oneOf: ["simple_copy", "certified_copy"] } as const;

export const form: FormDefinition = {
  slug: "accesso-atti",
  version: 1,
  privacyPurpose: k("privacy"),
  deadline: { days: 30, kind: "calendar" },
  deadlineSource: k("deadlineSource"),
  steps: [
    {
      id: "tipo",
      title: k("steps.tipo.title"),
      plain: k("tipo"),
      fields: [
        {
          type: "choice",
          name: "accessType",
          label: k("accessType.label"),
          options: [
            { value: "documentale", label: k("accessType.options.documentale"), hint: k("accessType.options.documentaleHint") },
            { value: "civico_semplice", label: k("accessType.options.civico_semplice"), hint: k("accessType.options.civico_sempliceHint") },
            {
              value: "civico_generalizzato",
              label: k("accessType.options.civico_generalizzato"),
              hint: k("accessType.options.civico_generalizzatoHint"),
            },
          ],
        },
      ],
    },
    {
      id: "per-conto-di",
      title: k("steps.per-conto-di.title"),
      plain: k("per-conto-di"),
      fields: [
        {
          type: "choice",
          name: "actingAs",
          label: k("actingAs.label"),
          options: [
            { value: "self", label: k("actingAs.options.self") },
            { value: "other_person", label: k("actingAs.options.other_person"), hint: k("actingAs.options.other_personHint") },
            { value: "legal_representative", label: k("actingAs.options.legal_representative") },
          ],
        },
        { type: "text", name: "representedPersonName", label: k("representedPersonName.label"), maxLength: 150, when: FOR_PERSON },
        { type: "codiceFiscale", name: "representedPersonFiscalCode", label: k("representedPersonFiscalCode.label"), when: FOR_PERSON },
        { type: "text", name: "representedEntityName", label: k("representedEntityName.label"), maxLength: 150, when: FOR_ENTITY },
        // An entity's codice fiscale is 11 digits (the codiceFiscale type is a person's 16 characters).
        {
          type: "text",
          name: "representedEntityFiscalCode",
          label: k("representedEntityFiscalCode.label"),
          hint: k("representedEntityFiscalCode.hint"),
          inputMode: "numeric",
          maxLength: 11,
          pattern: { source: "^\\d{11}$", error: k("representedEntityFiscalCode.error") },
          when: FOR_ENTITY,
        },
      ],
    },
    {
      id: "documenti",
      title: k("steps.documenti.title"),
      plain: k("documenti"),
      intro: k("steps.documenti.intro"),
      fields: [
        {
          type: "text",
          name: "documentsDescription",
          label: k("documentsDescription.label"),
          hint: k("documentsDescription.hint"),
          multiline: true,
          maxLength: 2000,
        },
        { type: "text", name: "office", label: k("office.label"), hint: k("office.hint"), maxLength: 150, required: false },
        { type: "text", name: "reference", label: k("reference.label"), hint: k("reference.hint"), maxLength: 100, required: false },
        { type: "date", name: "referenceDate", label: k("referenceDate.label"), hint: k("referenceDate.hint"), min: "1900-01-01", max: "today", required: false },
      ],
    },
    {
      id: "interesse",
      title: k("steps.interesse.title"),
      plain: k("interesse"),
      intro: k("steps.interesse.intro"),
      when: { field: "accessType", equals: "documentale" },
      fields: [
        {
          type: "text",
          name: "interest",
          label: k("interest.label"),
          hint: k("interest.hint"),
          multiline: true,
          maxLength: 2000,
        },
      ],
    },
    {
      id: "modalita",
      title: k("steps.modalita.title"),
      plain: k("modalita"),
      fields: [
        {
          type: "choice",
          name: "mode",
          label: k("mode.label"),
          options: [
            { value: "view", label: k("mode.options.view"), hint: k("mode.options.viewHint") },
            { value: "simple_copy", label: k("mode.options.simple_copy"), hint: k("mode.options.simple_copyHint") },
            { value: "certified_copy", label: k("mode.options.certified_copy"), hint: k("mode.options.certified_copyHint") },
          ],
        },
        {
          type: "choice",
          name: "delivery",
          label: k("delivery.label"),
          when: COPY,
          options: [
            { value: "counter", label: k("delivery.options.counter"), hint: k("delivery.options.counterHint") },
            { value: "pec", label: k("delivery.options.pec") },
            { value: "email", label: k("delivery.options.email"), hint: k("delivery.options.emailHint") },
          ],
        },
        {
          type: "email",
          name: "pecAddress",
          label: k("pecAddress.label"),
          when: { all: [COPY, { field: "delivery", equals: "pec" }] },
        },
      ],
    },
    contactStep,
  ],
  attachments: [
    documentSpec({
      name: "proxyDocument",
      label: k("attachments.proxyDocument.label"),
      hint: k("attachments.proxyDocument.hint"),
      when: { field: "actingAs", oneOf: ["other_person", "legal_representative"] },
      maxFiles: 3,
    }),
  ],
};
