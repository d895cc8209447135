/**
 * TARI: change of the data the tax is computed on (L. 147/2013 c. 684-686). The citizen ticks what
 * changed and is asked only the new values of those things. A move to other premises is not a change
 * but an end plus a new registration (the catalogue page says so), so the premises' address is not
 * among the changes; the address for the payment notices is.
 */
import { TARI_TQRIF_RULES } from "~/domain/application-workflow";
import type { FormDefinition } from "../types";
import { contactStep, documentSpec, keysOf } from "./common";

const k = keysOf("tari-variazione");

const changed = (what: string) => ({ field: "changes", equals: what });

export const form: FormDefinition = {
  slug: "tari-variazione",
  version: 1,
  privacyPurpose: k("privacy"),
  deadline: TARI_TQRIF_RULES.information_request,
  deadlineSource: "common.deadline.tqrifInformation",
  steps: [
    {
      id: "locali",
      title: k("steps.locali.title"),
      plain: k("locali"),
      intro: k("steps.locali.intro"),
      fields: [
        { type: "address", name: "address", label: k("address.label"), inComune: true },
        { type: "cadastral", name: "cadastral", label: k("cadastral.label"), hint: k("cadastral.hint"), withCategory: true },
        {
          type: "text",
          name: "accountCode",
          label: k("accountCode.label"),
          hint: k("accountCode.hint"),
          maxLength: 30,
          required: false,
        },
      ],
    },
    {
      id: "cosa-cambia",
      title: k("steps.cosa-cambia.title"),
      plain: k("cosa-cambia"),
      fields: [
        {
          type: "choice",
          name: "changes",
          label: k("changes.label"),
          hint: k("changes.hint"),
          multiple: true,
          options: [
            { value: "surface", label: k("changes.options.surface"), hint: k("changes.options.surfaceHint") },
            { value: "occupants", label: k("changes.options.occupants"), hint: k("changes.options.occupantsHint") },
            { value: "use", label: k("changes.options.use"), hint: k("changes.options.useHint") },
            { value: "holder", label: k("changes.options.holder"), hint: k("changes.options.holderHint") },
            { value: "mailing_address", label: k("changes.options.mailing_address") },
          ],
        },
        // Reported within 90 days the change counts from the day it happened; later ones are still
        // accepted and the office applies the Regulation (catalogue conditions).
        { type: "date", name: "changeDate", label: k("changeDate.label"), hint: k("changeDate.hint"), min: "-3650", max: "today" },
      ],
    },
    {
      id: "nuovi-dati",
      title: k("steps.nuovi-dati.title"),
      plain: k("nuovi-dati"),
      intro: k("steps.nuovi-dati.intro"),
      fields: [
        {
          type: "number",
          name: "newSurface",
          label: k("newSurface.label"),
          hint: k("newSurface.hint"),
          min: 1,
          max: 100000,
          decimals: 2,
          unit: "common.units.squareMetres",
          when: changed("surface"),
        },
        {
          type: "number",
          name: "newOccupantsCount",
          label: k("newOccupantsCount.label"),
          hint: k("newOccupantsCount.hint"),
          min: 1,
          max: 20,
          decimals: 0,
          unit: "common.units.people",
          when: changed("occupants"),
        },
        {
          type: "choice",
          name: "newUse",
          label: k("newUse.label"),
          when: changed("use"),
          options: [
            { value: "domestic_resident", label: k("newUse.options.domestic_resident") },
            { value: "domestic_non_resident", label: k("newUse.options.domestic_non_resident") },
            { value: "non_domestic", label: k("newUse.options.non_domestic") },
          ],
        },
        {
          type: "text",
          name: "newActivity",
          label: k("newActivity.label"),
          hint: k("newActivity.hint"),
          maxLength: 200,
          when: { all: [changed("use"), { field: "newUse", equals: "non_domestic" }] },
        },
        {
          type: "text",
          name: "newHolderName",
          label: k("newHolderName.label"),
          maxLength: 150,
          when: changed("holder"),
        },
        { type: "codiceFiscale", name: "newHolderFiscalCode", label: k("newHolderFiscalCode.label"), when: changed("holder") },
        {
          type: "choice",
          name: "holderChangeReason",
          label: k("holderChangeReason.label"),
          when: changed("holder"),
          options: [
            { value: "death", label: k("holderChangeReason.options.death") },
            { value: "separation", label: k("holderChangeReason.options.separation") },
            { value: "agreement", label: k("holderChangeReason.options.agreement") },
            { value: "other", label: k("holderChangeReason.options.other") },
          ],
        },
        { type: "address", name: "newMailingAddress", label: k("newMailingAddress.label"), when: changed("mailing_address") },
        {
          type: "text",
          name: "notes",
          label: k("notes.label"),
          hint: k("notes.hint"),
          multiline: true,
          maxLength: 1000,
          required: false,
        },
      ],
    },
    contactStep,
  ],
  attachments: [
    documentSpec({
      name: "floorPlan",
      label: k("attachments.floorPlan.label"),
      hint: k("attachments.floorPlan.hint"),
      when: changed("surface"),
      maxFiles: 3,
    }),
    documentSpec({
      name: "otherDocuments",
      label: k("attachments.otherDocuments.label"),
      hint: k("attachments.otherDocuments.hint"),
      required: false,
      maxFiles: 5,
    }),
  ],
};
