/**
 * TARI: start of occupation (L. 147/2013 c. 684-686; the Comune's TARI Regulation). It asks what the
 * catalogue page promises: who pays, the premises (address, cadastral data, walkable m² of each unit
 * with cellar and garage), the use, who lives there, the title and the start date, and the previous
 * holder when the citizen takes over an account.
 */
import { TARI_TQRIF_RULES } from "~/domain/application-workflow";
import type { FormDefinition } from "../types";
import { companyFields, contactStep, documentSpec, keysOf } from "./common";

const k = keysOf("tari-iscrizione");

const DOMESTIC = ["domestic_resident", "domestic_non_resident"] as const;

export const form: FormDefinition = {
  slug: "tari-iscrizione",
  version: 1,
  privacyPurpose: k("privacy"),
  deadline: TARI_TQRIF_RULES.information_request,
  deadlineSource: "common.deadline.tqrifInformation",
  steps: [
    {
      id: "chi-paga",
      title: k("steps.chi-paga.title"),
      plain: k("chi-paga"),
      intro: k("steps.chi-paga.intro"),
      fields: [
        {
          type: "choice",
          name: "payer",
          label: k("payer.label"),
          options: [
            { value: "self", label: k("payer.options.self") },
            { value: "company", label: k("payer.options.company"), hint: k("payer.options.companyHint") },
          ],
        },
        ...companyFields({ field: "payer", equals: "company" }),
      ],
    },
    {
      id: "locali",
      title: k("steps.locali.title"),
      plain: k("locali"),
      intro: k("steps.locali.intro"),
      fields: [
        { type: "address", name: "address", label: k("address.label"), hint: k("address.hint"), inComune: true },
        { type: "cadastral", name: "cadastral", label: k("cadastral.label"), hint: k("cadastral.hint"), withCategory: true },
        {
          type: "number",
          name: "surface",
          label: k("surface.label"),
          hint: k("surface.hint"),
          min: 1,
          max: 100000,
          decimals: 2,
          unit: "common.units.squareMetres",
        },
        { type: "yesNo", name: "hasAppurtenances", label: k("hasAppurtenances.label"), hint: k("hasAppurtenances.hint") },
        {
          type: "group",
          name: "appurtenances",
          label: k("appurtenances.label"),
          itemLabel: k("appurtenances.item"),
          max: 5,
          when: { field: "hasAppurtenances", equals: "yes" },
          fields: [
            {
              type: "choice",
              name: "kind",
              label: k("appurtenances.kind.label"),
              options: [
                { value: "garage", label: k("appurtenances.kind.options.garage") },
                { value: "cellar", label: k("appurtenances.kind.options.cellar") },
                { value: "attic", label: k("appurtenances.kind.options.attic") },
                { value: "other", label: k("appurtenances.kind.options.other") },
              ],
            },
            { type: "cadastral", name: "cadastral", label: k("appurtenances.cadastral.label"), withCategory: true },
            {
              type: "number",
              name: "surface",
              label: k("appurtenances.surface.label"),
              min: 1,
              max: 10000,
              decimals: 2,
              unit: "common.units.squareMetres",
            },
          ],
        },
      ],
    },
    {
      id: "uso",
      title: k("steps.uso.title"),
      plain: k("uso"),
      fields: [
        {
          type: "choice",
          name: "use",
          label: k("use.label"),
          options: [
            { value: "domestic_resident", label: k("use.options.domestic_resident"), hint: k("use.options.domestic_residentHint") },
            { value: "domestic_non_resident", label: k("use.options.domestic_non_resident"), hint: k("use.options.domestic_non_residentHint") },
            { value: "non_domestic", label: k("use.options.non_domestic"), hint: k("use.options.non_domesticHint") },
          ],
        },
        {
          type: "text",
          name: "activity",
          label: k("activity.label"),
          hint: k("activity.hint"),
          maxLength: 200,
          when: { field: "use", equals: "non_domestic" },
        },
        {
          type: "number",
          name: "occupantsCount",
          label: k("occupantsCount.label"),
          hint: k("occupantsCount.hint"),
          min: 1,
          max: 20,
          decimals: 0,
          unit: "common.units.people",
          when: { field: "use", equals: "domestic_non_resident" },
        },
      ],
    },
    {
      // Residents are counted from the population register (catalogue page): only people living
      // there without residence in Seregno would be missed, so only they are asked.
      id: "occupanti",
      title: k("steps.occupanti.title"),
      plain: k("occupanti"),
      intro: k("steps.occupanti.intro"),
      when: { field: "use", oneOf: DOMESTIC },
      fields: [
        { type: "yesNo", name: "hasNonResidentOccupants", label: k("hasNonResidentOccupants.label"), hint: k("hasNonResidentOccupants.hint") },
        {
          type: "group",
          name: "occupants",
          label: k("occupants.label"),
          itemLabel: k("occupants.item"),
          max: 10,
          when: { field: "hasNonResidentOccupants", equals: "yes" },
          fields: [
            { type: "text", name: "fullName", label: k("occupants.fullName.label"), maxLength: 120 },
            { type: "codiceFiscale", name: "fiscalCode", label: k("occupants.fiscalCode.label") },
            {
              type: "choice",
              name: "relationship",
              label: k("occupants.relationship.label"),
              display: "select",
              options: [
                { value: "spouse", label: k("occupants.relationship.options.spouse") },
                { value: "child", label: k("occupants.relationship.options.child") },
                { value: "parent", label: k("occupants.relationship.options.parent") },
                { value: "sibling", label: k("occupants.relationship.options.sibling") },
                { value: "other_relative", label: k("occupants.relationship.options.other_relative") },
                { value: "carer", label: k("occupants.relationship.options.carer") },
                { value: "other", label: k("occupants.relationship.options.other") },
              ],
            },
          ],
        },
      ],
    },
    {
      id: "titolo",
      title: k("steps.titolo.title"),
      plain: k("titolo"),
      fields: [
        {
          type: "choice",
          name: "occupationTitle",
          label: k("occupationTitle.label"),
          options: [
            { value: "ownership", label: k("occupationTitle.options.ownership") },
            { value: "lease", label: k("occupationTitle.options.lease") },
            { value: "loan", label: k("occupationTitle.options.loan"), hint: k("occupationTitle.options.loanHint") },
            { value: "usufruct", label: k("occupationTitle.options.usufruct") },
            { value: "other", label: k("occupationTitle.options.other") },
          ],
        },
        {
          type: "text",
          name: "occupationTitleOther",
          label: k("occupationTitleOther.label"),
          maxLength: 200,
          when: { field: "occupationTitle", equals: "other" },
        },
        {
          type: "text",
          name: "ownerName",
          label: k("ownerName.label"),
          hint: k("ownerName.hint"),
          maxLength: 150,
          required: false,
          when: { field: "occupationTitle", oneOf: ["lease", "loan", "other"] },
        },
        // Registration is due within 90 days of the start; older dates are still accepted so that a
        // late declaration can be made at all, and the office applies the Regulation's penalties.
        { type: "date", name: "startDate", label: k("startDate.label"), hint: k("startDate.hint"), min: "-3650", max: "today" },
      ],
    },
    {
      id: "subentro",
      title: k("steps.subentro.title"),
      plain: k("subentro"),
      fields: [
        { type: "yesNo", name: "takesOver", label: k("takesOver.label"), hint: k("takesOver.hint") },
        {
          type: "text",
          name: "previousHolderName",
          label: k("previousHolderName.label"),
          maxLength: 150,
          when: { field: "takesOver", equals: "yes" },
        },
        {
          type: "codiceFiscale",
          name: "previousHolderFiscalCode",
          label: k("previousHolderFiscalCode.label"),
          hint: k("previousHolderFiscalCode.hint"),
          required: false,
          when: { field: "takesOver", equals: "yes" },
        },
      ],
    },
    contactStep,
  ],
  attachments: [
    documentSpec({
      name: "titleDocument",
      label: k("attachments.titleDocument.label"),
      hint: k("attachments.titleDocument.hint"),
      required: false,
      maxFiles: 3,
    }),
    documentSpec({
      name: "floorPlan",
      label: k("attachments.floorPlan.label"),
      hint: k("attachments.floorPlan.hint"),
      required: false,
      maxFiles: 3,
    }),
  ],
};
