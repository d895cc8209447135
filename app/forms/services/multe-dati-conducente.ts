/**
 * Who was driving (art. 126-bis c. 2 Codice della Strada): the vehicle's owner tells the Polizia
 * Locale whose licence loses the points, within 60 days of the notification. The owner makes the
 * statement in their own name (DPR 445/2000), so their identity is shown locked; the driver, when
 * it is someone else, also signs a statement of their own, attached.
 */
import type { FormDefinition } from "../types";
import { companyFields, contactStep, declarationField, documentSpec, fineReportFields, keysOf } from "./common";

const k = keysOf("multe-dati-conducente");

const SOMEONE_ELSE = { field: "wasDriver", equals: "no" } as const;

/** EU licence categories (D.Lgs. 59/2011, art. 116 CdS). */
const LICENCE_CATEGORIES = ["AM", "A1", "A2", "A", "B1", "B", "BE", "C1", "C1E", "C", "CE", "D1", "D1E", "D", "DE"] as const;

export const form: FormDefinition = {
  slug: "multe-dati-conducente",
  version: 1,
  privacyPurpose: k("privacy"),
  deadlineSource: k("deadlineSource"),
  steps: [
    {
      id: "verbale",
      title: k("steps.verbale.title"),
      plain: k("verbale"),
      intro: k("steps.verbale.intro"),
      fields: [...fineReportFields(k)],
    },
    {
      id: "dichiarante",
      title: k("steps.dichiarante.title"),
      plain: k("dichiarante"),
      intro: k("steps.dichiarante.intro"),
      fields: [
        { type: "text", name: "declarantName", label: "common.applicant.fullName", prefill: "fullName", locked: true },
        { type: "codiceFiscale", name: "declarantFiscalCode", label: "common.applicant.fiscalCode", prefill: "fiscalCode", locked: true },
        {
          type: "choice",
          name: "ownerType",
          label: k("ownerType.label"),
          options: [
            { value: "self", label: k("ownerType.options.self") },
            { value: "company", label: k("ownerType.options.company"), hint: k("ownerType.options.companyHint") },
          ],
        },
        ...companyFields({ field: "ownerType", equals: "company" }),
        { type: "yesNo", name: "wasDriver", label: k("wasDriver.label"), hint: k("wasDriver.hint") },
      ],
    },
    {
      id: "conducente",
      title: k("steps.conducente.title"),
      plain: k("conducente"),
      intro: k("steps.conducente.intro"),
      when: SOMEONE_ELSE,
      fields: [
        { type: "text", name: "driverGivenName", label: k("driverGivenName.label"), maxLength: 80 },
        { type: "text", name: "driverFamilyName", label: k("driverFamilyName.label"), maxLength: 80 },
        { type: "codiceFiscale", name: "driverFiscalCode", label: k("driverFiscalCode.label") },
        // 14 is the youngest age for an AM licence (art. 115 CdS).
        { type: "date", name: "driverBirthDate", label: k("driverBirthDate.label"), min: "1900-01-01", max: "-5113" },
        { type: "address", name: "driverAddress", label: k("driverAddress.label") },
      ],
    },
    {
      id: "patente",
      title: k("steps.patente.title"),
      plain: k("patente"),
      intro: k("steps.patente.intro"),
      fields: [
        {
          type: "text",
          name: "licenceNumber",
          label: k("licenceNumber.label"),
          hint: k("licenceNumber.hint"),
          maxLength: 20,
          pattern: { source: "^[A-Za-z0-9]{6,20}$", error: k("licenceNumber.error") },
        },
        {
          type: "choice",
          name: "licenceCategory",
          label: k("licenceCategory.label"),
          hint: k("licenceCategory.hint"),
          display: "select",
          options: LICENCE_CATEGORIES.map((c) => ({ value: c, label: k(`licenceCategory.options.${c}`) })),
        },
        {
          type: "choice",
          name: "licenceIssuedBy",
          label: k("licenceIssuedBy.label"),
          hint: k("licenceIssuedBy.hint"),
          options: [
            { value: "MCTC", label: k("licenceIssuedBy.options.MCTC") },
            { value: "UMC", label: k("licenceIssuedBy.options.UMC") },
            { value: "Prefettura", label: k("licenceIssuedBy.options.Prefettura") },
          ],
        },
        { type: "date", name: "licenceIssueDate", label: k("licenceIssueDate.label"), min: "1950-01-01", max: "today" },
        // A licence lasts at most 10 years; one that expired after the offence still identifies the driver.
        { type: "date", name: "licenceExpiryDate", label: k("licenceExpiryDate.label"), hint: k("licenceExpiryDate.hint"), min: "-1095", max: "+3660" },
      ],
    },
    {
      id: "dichiarazione",
      title: k("steps.dichiarazione.title"),
      plain: k("dichiarazione"),
      intro: k("steps.dichiarazione.intro"),
      fields: [declarationField("declaration", "common.declaration.label", k("declaration.option"))],
    },
    contactStep,
  ],
  attachments: [
    documentSpec({
      name: "licenceCopy",
      label: k("attachments.licenceCopy.label"),
      hint: k("attachments.licenceCopy.hint"),
      maxFiles: 2,
    }),
    documentSpec({
      name: "driverStatement",
      label: k("attachments.driverStatement.label"),
      hint: k("attachments.driverStatement.hint"),
      when: SOMEONE_ELSE,
    }),
  ],
};
