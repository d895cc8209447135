/**
 * An appeal against a traffic fine. Two roads, one or the other (the service page explains them):
 * - to the Prefetto within 60 days of the notification (art. 203 CdS): free, no lawyer; the appeal may
 *   be lodged through the body that made the report, which forwards it with its observations — that is
 *   what this form does;
 * - to the Giudice di Pace within 30 days (art. 204-bis CdS): it is lodged at the court's registry with
 *   the contributo unificato; here the Polizia Locale only records it and the citizen is told so.
 * The appellant appeals in their own name, so their identity is shown locked.
 */
import type { FormDefinition } from "../types";
import { contactStep, declarationField, documentSpec, fineReportFields, keysOf } from "./common";

const k = keysOf("multe-ricorso");

export const form: FormDefinition = {
  slug: "multe-ricorso",
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
      id: "ricorrente",
      title: k("steps.ricorrente.title"),
      plain: k("ricorrente"),
      intro: k("steps.ricorrente.intro"),
      fields: [
        { type: "text", name: "appellantName", label: "common.applicant.fullName", prefill: "fullName", locked: true },
        { type: "codiceFiscale", name: "appellantFiscalCode", label: "common.applicant.fiscalCode", prefill: "fiscalCode", locked: true },
        {
          type: "choice",
          name: "role",
          label: k("role.label"),
          options: [
            { value: "driver", label: k("role.options.driver") },
            { value: "owner", label: k("role.options.owner") },
          ],
        },
      ],
    },
    {
      id: "autorita",
      title: k("steps.autorita.title"),
      plain: k("autorita"),
      intro: k("steps.autorita.intro"),
      fields: [
        {
          type: "choice",
          name: "authority",
          label: k("authority.label"),
          options: [
            { value: "prefetto", label: k("authority.options.prefetto"), hint: k("authority.options.prefettoHint") },
            { value: "giudice", label: k("authority.options.giudice"), hint: k("authority.options.giudiceHint") },
          ],
        },
        { type: "yesNo", name: "hearing", label: k("hearing.label"), hint: k("hearing.hint"), when: { field: "authority", equals: "prefetto" } },
      ],
    },
    {
      id: "motivi",
      title: k("steps.motivi.title"),
      plain: k("motivi"),
      intro: k("steps.motivi.intro"),
      fields: [{ type: "text", name: "grounds", label: k("grounds.label"), hint: k("grounds.hint"), multiline: true, maxLength: 2000 }],
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
    documentSpec({ name: "reportCopy", label: k("attachments.reportCopy.label"), hint: k("attachments.reportCopy.hint") }),
    documentSpec({ name: "evidence", label: k("attachments.evidence.label"), hint: k("attachments.evidence.hint"), required: false, maxFiles: 5 }),
    documentSpec({ name: "courtFee", label: k("attachments.courtFee.label"), hint: k("attachments.courtFee.hint"), when: { field: "authority", equals: "giudice" } }),
  ],
};
