/**
 * TARI reductions (L. 147/2013 c. 658-660; L. 178/2020 art. 1 c. 48 for AIRE pensioners; the
 * Comune's TARI Regulation for the rest). One reduction per application: each has its own
 * requirements, documents and office check, and the office decides each one separately. Each
 * reduction's questions are one page shown only when that reduction is chosen.
 */
import { TARI_TQRIF_RULES } from "~/domain/application-workflow";
import type { FormDefinition } from "../types";
import { contactStep, declarationField, documentSpec, keysOf } from "./common";

const k = keysOf("tari-riduzioni");

const chosen = (reduction: string) => ({ field: "reduction", equals: reduction });

export const form: FormDefinition = {
  slug: "tari-riduzioni",
  version: 1,
  privacyPurpose: k("privacy"),
  deadline: TARI_TQRIF_RULES.information_request,
  deadlineSource: "common.deadline.tqrifInformation",
  steps: [
    {
      id: "riduzione",
      title: k("steps.riduzione.title"),
      plain: k("riduzione"),
      intro: k("steps.riduzione.intro"),
      fields: [
        {
          type: "choice",
          name: "reduction",
          label: k("reduction.label"),
          options: [
            { value: "sole_occupant", label: k("reduction.options.sole_occupant"), hint: k("reduction.options.sole_occupantHint") },
            { value: "composting", label: k("reduction.options.composting"), hint: k("reduction.options.compostingHint") },
            { value: "seasonal_use", label: k("reduction.options.seasonal_use"), hint: k("reduction.options.seasonal_useHint") },
            { value: "abroad", label: k("reduction.options.abroad"), hint: k("reduction.options.abroadHint") },
            { value: "not_served", label: k("reduction.options.not_served"), hint: k("reduction.options.not_servedHint") },
            { value: "recycling", label: k("reduction.options.recycling"), hint: k("reduction.options.recyclingHint") },
            { value: "low_income", label: k("reduction.options.low_income"), hint: k("reduction.options.low_incomeHint") },
          ],
        },
      ],
    },
    {
      id: "locali",
      title: k("steps.locali.title"),
      plain: k("locali"),
      fields: [
        { type: "address", name: "address", label: k("address.label"), inComune: true },
        {
          type: "text",
          name: "accountCode",
          label: k("accountCode.label"),
          hint: k("accountCode.hint"),
          maxLength: 30,
          required: false,
        },
        // A reduction runs from the date the Regulation says, usually not before the request: the
        // citizen says from when the requirement is met and the office applies the rule.
        { type: "date", name: "since", label: k("since.label"), hint: k("since.hint"), min: "-3650", max: "today" },
      ],
    },
    {
      id: "unico-occupante",
      title: k("steps.unico-occupante.title"),
      plain: k("unico-occupante"),
      intro: k("steps.unico-occupante.intro"),
      when: chosen("sole_occupant"),
      fields: [
        { type: "yesNo", name: "residentHere", label: k("residentHere.label"), hint: k("residentHere.hint") },
        declarationField("soleOccupantDeclaration", k("soleOccupantDeclaration.label"), k("soleOccupantDeclaration.option")),
      ],
    },
    {
      id: "compostaggio",
      title: k("steps.compostaggio.title"),
      plain: k("compostaggio"),
      fields: [
        {
          type: "choice",
          name: "compostMethod",
          label: k("compostMethod.label"),
          options: [
            { value: "bin", label: k("compostMethod.options.bin") },
            { value: "pit", label: k("compostMethod.options.pit") },
            { value: "heap", label: k("compostMethod.options.heap") },
          ],
        },
        {
          type: "choice",
          name: "compostPlace",
          label: k("compostPlace.label"),
          options: [
            { value: "own_garden", label: k("compostPlace.options.own_garden") },
            { value: "shared_garden", label: k("compostPlace.options.shared_garden") },
            { value: "vegetable_plot", label: k("compostPlace.options.vegetable_plot") },
          ],
        },
        {
          type: "number",
          name: "gardenArea",
          label: k("gardenArea.label"),
          hint: k("gardenArea.hint"),
          min: 1,
          max: 100000,
          decimals: 0,
          unit: "common.units.squareMetres",
        },
        declarationField("inspectionConsent", k("inspectionConsent.label"), k("inspectionConsent.option")),
      ],
      when: chosen("composting"),
    },
    {
      id: "uso-stagionale",
      title: k("steps.uso-stagionale.title"),
      plain: k("uso-stagionale"),
      when: chosen("seasonal_use"),
      fields: [
        {
          type: "number",
          name: "monthsOfUse",
          label: k("monthsOfUse.label"),
          hint: k("monthsOfUse.hint"),
          min: 1,
          max: 11,
          decimals: 0,
          unit: "common.units.months",
        },
        { type: "address", name: "mainHomeAddress", label: k("mainHomeAddress.label"), hint: k("mainHomeAddress.hint") },
        declarationField("notLetDeclaration", k("notLetDeclaration.label"), k("notLetDeclaration.option")),
      ],
    },
    {
      id: "estero",
      title: k("steps.estero.title"),
      plain: k("estero"),
      intro: k("steps.estero.intro"),
      when: chosen("abroad"),
      fields: [
        { type: "text", name: "countryOfResidence", label: k("countryOfResidence.label"), maxLength: 80, autocomplete: "country-name" },
        { type: "text", name: "aireComune", label: k("aireComune.label"), hint: k("aireComune.hint"), maxLength: 80 },
        declarationField("abroadDeclaration", k("abroadDeclaration.label"), k("abroadDeclaration.option")),
      ],
    },
    {
      id: "zona-non-servita",
      title: k("steps.zona-non-servita.title"),
      plain: k("zona-non-servita"),
      when: chosen("not_served"),
      fields: [
        {
          type: "number",
          name: "distanceToCollection",
          label: k("distanceToCollection.label"),
          hint: k("distanceToCollection.hint"),
          min: 1,
          max: 20000,
          decimals: 0,
          unit: "common.units.metres",
        },
        {
          type: "text",
          name: "serviceDescription",
          label: k("serviceDescription.label"),
          hint: k("serviceDescription.hint"),
          multiline: true,
          maxLength: 1000,
          required: false,
        },
      ],
    },
    {
      id: "avvio-al-riciclo",
      title: k("steps.avvio-al-riciclo.title"),
      plain: k("avvio-al-riciclo"),
      when: chosen("recycling"),
      fields: [
        {
          type: "number",
          name: "recycledKg",
          label: k("recycledKg.label"),
          hint: k("recycledKg.hint"),
          min: 1,
          max: 10000000,
          decimals: 0,
          unit: "common.units.kilograms",
        },
        { type: "text", name: "recyclerName", label: k("recyclerName.label"), hint: k("recyclerName.hint"), maxLength: 150 },
      ],
    },
    {
      id: "isee",
      title: k("steps.isee.title"),
      plain: k("isee"),
      intro: k("steps.isee.intro"),
      when: chosen("low_income"),
      fields: [
        {
          type: "number",
          name: "iseeValue",
          label: k("iseeValue.label"),
          hint: k("iseeValue.hint"),
          min: 0,
          max: 999999.99,
          decimals: 2,
          unit: "common.units.euro",
        },
        {
          type: "text",
          name: "iseeProtocol",
          label: k("iseeProtocol.label"),
          hint: k("iseeProtocol.hint"),
          maxLength: 40,
          required: false,
        },
      ],
    },
    {
      id: "dichiarazione",
      title: k("steps.dichiarazione.title"),
      plain: k("dichiarazione"),
      intro: k("steps.dichiarazione.intro"),
      fields: [declarationField()],
    },
    contactStep,
  ],
  attachments: [
    documentSpec({
      name: "foreignPensionDocument",
      label: k("attachments.foreignPensionDocument.label"),
      hint: k("attachments.foreignPensionDocument.hint"),
      when: chosen("abroad"),
      maxFiles: 3,
    }),
    documentSpec({
      name: "wasteForms",
      label: k("attachments.wasteForms.label"),
      hint: k("attachments.wasteForms.hint"),
      when: chosen("recycling"),
      maxFiles: 10,
    }),
    documentSpec({
      name: "iseeCertificate",
      label: k("attachments.iseeCertificate.label"),
      hint: k("attachments.iseeCertificate.hint"),
      required: false,
      when: chosen("low_income"),
    }),
    documentSpec({
      name: "seasonalProof",
      label: k("attachments.seasonalProof.label"),
      hint: k("attachments.seasonalProof.hint"),
      required: false,
      when: chosen("seasonal_use"),
      maxFiles: 3,
    }),
  ],
};
