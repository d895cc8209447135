/**
 * IMU refund (L. 296/2006 art. 1 c. 164: the request within 5 years of the payment, the comune
 * decides and pays within 180 days). Also for heirs of the taxpayer, who then say whose payment it was.
 */
import type { FormDefinition } from "../types";
import { CURRENT_YEAR, contactStep, documentSpec, keysOf } from "./common";

const k = keysOf("imu-rimborso");

const AS_HEIR = { field: "applicantRole", equals: "heir" } as const;

export const form: FormDefinition = {
  slug: "imu-rimborso",
  version: 1,
  privacyPurpose: k("privacy"),
  deadline: { days: 180, kind: "calendar" },
  deadlineSource: k("deadlineSource"),
  steps: [
    {
      id: "chi-chiede",
      title: k("steps.chi-chiede.title"),
      plain: k("chi-chiede"),
      fields: [
        {
          type: "choice",
          name: "applicantRole",
          label: k("applicantRole.label"),
          options: [
            { value: "taxpayer", label: k("applicantRole.options.taxpayer") },
            { value: "heir", label: k("applicantRole.options.heir"), hint: k("applicantRole.options.heirHint") },
          ],
        },
        { type: "text", name: "deceasedName", label: k("deceasedName.label"), maxLength: 150, when: AS_HEIR },
        { type: "codiceFiscale", name: "deceasedFiscalCode", label: k("deceasedFiscalCode.label"), when: AS_HEIR },
        { type: "date", name: "deathDate", label: k("deathDate.label"), min: "-7300", max: "today", when: AS_HEIR },
      ],
    },
    {
      id: "versamento",
      title: k("steps.versamento.title"),
      plain: k("versamento"),
      intro: k("steps.versamento.intro"),
      fields: [
        // Five years back is the law's limit; the office decides on older years (a right to a
        // refund can be established later), so 2019 keeps them askable for a while.
        {
          type: "number",
          name: "taxYear",
          label: k("taxYear.label"),
          hint: k("taxYear.hint"),
          min: 2019,
          max: CURRENT_YEAR,
          decimals: 0,
        },
        { type: "date", name: "paymentDate", label: k("paymentDate.label"), hint: k("paymentDate.hint"), min: "2019-01-01", max: "today" },
        {
          type: "number",
          name: "amountPaid",
          label: k("amountPaid.label"),
          hint: k("amountPaid.hint"),
          min: 0.01,
          max: 9999999.99,
          decimals: 2,
          unit: "common.units.euro",
        },
        {
          type: "number",
          name: "amountRequested",
          label: k("amountRequested.label"),
          hint: k("amountRequested.hint"),
          min: 0.01,
          max: 9999999.99,
          decimals: 2,
          unit: "common.units.euro",
        },
      ],
    },
    {
      id: "motivo",
      title: k("steps.motivo.title"),
      plain: k("motivo"),
      fields: [
        {
          type: "choice",
          name: "reason",
          label: k("reason.label"),
          options: [
            { value: "overpaid", label: k("reason.options.overpaid"), hint: k("reason.options.overpaidHint") },
            { value: "not_due", label: k("reason.options.not_due"), hint: k("reason.options.not_dueHint") },
            { value: "paid_twice", label: k("reason.options.paid_twice") },
            { value: "wrong_comune_code", label: k("reason.options.wrong_comune_code"), hint: k("reason.options.wrong_comune_codeHint") },
            { value: "property_sold", label: k("reason.options.property_sold") },
            { value: "cadastral_income_lowered", label: k("reason.options.cadastral_income_lowered") },
            { value: "other", label: k("reason.options.other") },
          ],
        },
        {
          type: "text",
          name: "explanation",
          label: k("explanation.label"),
          hint: k("explanation.hint"),
          multiline: true,
          maxLength: 2000,
          required: false,
          when: { field: "reason", oneOf: ["overpaid", "not_due", "paid_twice", "wrong_comune_code", "property_sold", "cadastral_income_lowered"] },
        },
        // "Other" has no ready-made reason, so the explanation is then the reason and cannot be left out.
        {
          type: "text",
          name: "explanationOther",
          label: k("explanationOther.label"),
          hint: k("explanation.hint"),
          multiline: true,
          maxLength: 2000,
          when: { field: "reason", equals: "other" },
        },
      ],
    },
    {
      id: "immobile",
      title: k("steps.immobile.title"),
      plain: k("immobile"),
      intro: k("steps.immobile.intro"),
      fields: [
        { type: "address", name: "propertyAddress", label: k("propertyAddress.label"), inComune: true },
        { type: "cadastral", name: "cadastral", label: k("cadastral.label"), hint: k("cadastral.hint"), withCategory: true },
      ],
    },
    {
      id: "conto",
      title: k("steps.conto.title"),
      plain: k("conto"),
      intro: k("steps.conto.intro"),
      fields: [
        { type: "iban", name: "iban", label: k("iban.label"), hint: k("iban.hint"), italianOnly: true },
        {
          type: "choice",
          name: "accountHolder",
          label: k("accountHolder.label"),
          options: [
            { value: "self", label: k("accountHolder.options.self") },
            { value: "joint", label: k("accountHolder.options.joint") },
          ],
        },
        // The refund may only go to the applicant's own account: the name is shown, not typed.
        {
          type: "text",
          name: "holderName",
          label: k("holderName.label"),
          prefill: "fullName",
          locked: true,
        },
        {
          type: "text",
          name: "coHolderName",
          label: k("coHolderName.label"),
          maxLength: 150,
          when: { field: "accountHolder", equals: "joint" },
        },
      ],
    },
    contactStep,
  ],
  attachments: [
    documentSpec({
      name: "f24Receipts",
      label: k("attachments.f24Receipts.label"),
      hint: k("attachments.f24Receipts.hint"),
      maxFiles: 5,
    }),
    documentSpec({
      name: "supportingDocuments",
      label: k("attachments.supportingDocuments.label"),
      hint: k("attachments.supportingDocuments.hint"),
      required: false,
      maxFiles: 5,
    }),
    documentSpec({
      name: "heirDocument",
      label: k("attachments.heirDocument.label"),
      hint: k("attachments.heirDocument.hint"),
      when: AS_HEIR,
      maxFiles: 3,
    }),
  ],
};
