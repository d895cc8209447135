/**
 * School canteen enrolment: the child, the school, a special diet (health data: GDPR art. 9, so the
 * certificate is asked only when a health diet is chosen) and the reduced fee with the ISEE.
 */
import type { FormDefinition } from "../types";
import { contactStep, documentSpec, keysOf } from "./common";

const k = keysOf("mensa-scolastica");

const HEALTH_DIET = { field: "diet", equals: "health" } as const;
const ETHICAL_DIET = { field: "diet", equals: "ethical_religious" } as const;
const SECOND_PARENT = { field: "addSecondParent", equals: "yes" } as const;

export const form: FormDefinition = {
  slug: "mensa-scolastica",
  version: 1,
  privacyPurpose: k("privacy"),
  // The catalogue's conditions promise the enrolment is confirmed within 15 days.
  deadline: { days: 15, kind: "calendar" },
  deadlineSource: k("deadlineSource"),
  steps: [
    {
      id: "bambino",
      title: k("steps.bambino.title"),
      plain: k("bambino"),
      fields: [
        {
          type: "choice",
          name: "applicantRole",
          label: k("applicantRole.label"),
          options: [
            { value: "parent", label: k("applicantRole.options.parent") },
            { value: "guardian", label: k("applicantRole.options.guardian") },
          ],
        },
        { type: "text", name: "childGivenName", label: k("childGivenName.label"), maxLength: 80 },
        { type: "text", name: "childFamilyName", label: k("childFamilyName.label"), maxLength: 80 },
        { type: "codiceFiscale", name: "childFiscalCode", label: k("childFiscalCode.label"), hint: k("childFiscalCode.hint") },
        // From the first year of nursery school (children may start at 2 and a half) to the end of middle school.
        { type: "date", name: "childBirthDate", label: k("childBirthDate.label"), min: "-6570", max: "-730" },
      ],
    },
    {
      id: "scuola",
      title: k("steps.scuola.title"),
      plain: k("scuola"),
      fields: [
        {
          type: "text",
          name: "schoolYear",
          label: k("schoolYear.label"),
          hint: k("schoolYear.hint"),
          maxLength: 9,
          inputMode: "numeric",
          pattern: { source: "^20\\d{2}\\s*[/-]\\s*20\\d{2}$", error: k("schoolYear.error") },
        },
        // The catalogue does not list Seregno's schools: these are demo values, to be replaced with
        // the comune's own list of school buildings served by the canteen before going live.
        {
          type: "choice",
          name: "school",
          label: k("school.label"),
          display: "select",
          options: [
            { value: "infanzia_ceredo", label: k("school.options.infanzia_ceredo") },
            { value: "infanzia_lazzaretto", label: k("school.options.infanzia_lazzaretto") },
            { value: "primaria_centro", label: k("school.options.primaria_centro") },
            { value: "primaria_san_carlo", label: k("school.options.primaria_san_carlo") },
            { value: "primaria_santambrogio", label: k("school.options.primaria_santambrogio") },
            { value: "secondaria_centro", label: k("school.options.secondaria_centro") },
            { value: "secondaria_san_salvatore", label: k("school.options.secondaria_san_salvatore") },
          ],
        },
        { type: "text", name: "schoolClass", label: k("schoolClass.label"), hint: k("schoolClass.hint"), maxLength: 20 },
      ],
    },
    {
      id: "dieta",
      title: k("steps.dieta.title"),
      plain: k("dieta"),
      fields: [
        {
          type: "choice",
          name: "diet",
          label: k("diet.label"),
          options: [
            { value: "none", label: k("diet.options.none") },
            { value: "health", label: k("diet.options.health"), hint: k("diet.options.healthHint") },
            { value: "ethical_religious", label: k("diet.options.ethical_religious"), hint: k("diet.options.ethical_religiousHint") },
          ],
        },
        {
          type: "text",
          name: "foodsToAvoid",
          label: k("foodsToAvoid.label"),
          hint: k("foodsToAvoid.hint"),
          multiline: true,
          maxLength: 1000,
          when: HEALTH_DIET,
        },
        {
          type: "choice",
          name: "ethicalDiet",
          label: k("ethicalDiet.label"),
          when: ETHICAL_DIET,
          options: [
            { value: "no_pork", label: k("ethicalDiet.options.no_pork") },
            { value: "no_beef", label: k("ethicalDiet.options.no_beef") },
            { value: "no_meat", label: k("ethicalDiet.options.no_meat") },
            { value: "no_meat_no_fish", label: k("ethicalDiet.options.no_meat_no_fish") },
            { value: "other", label: k("ethicalDiet.options.other") },
          ],
        },
        {
          type: "text",
          name: "ethicalDietOther",
          label: k("ethicalDietOther.label"),
          maxLength: 300,
          when: { all: [ETHICAL_DIET, { field: "ethicalDiet", equals: "other" }] },
        },
      ],
    },
    {
      id: "tariffa",
      title: k("steps.tariffa.title"),
      plain: k("tariffa"),
      intro: k("steps.tariffa.intro"),
      fields: [
        { type: "yesNo", name: "reducedFee", label: k("reducedFee.label"), hint: k("reducedFee.hint") },
        {
          type: "number",
          name: "iseeValue",
          label: k("iseeValue.label"),
          hint: k("iseeValue.hint"),
          min: 0,
          max: 999999.99,
          decimals: 2,
          unit: "common.units.euro",
          when: { field: "reducedFee", equals: "yes" },
        },
        {
          type: "text",
          name: "iseeProtocol",
          label: k("iseeProtocol.label"),
          hint: k("iseeProtocol.hint"),
          maxLength: 40,
          required: false,
          when: { field: "reducedFee", equals: "yes" },
        },
      ],
    },
    {
      id: "altro-genitore",
      title: k("steps.altro-genitore.title"),
      plain: k("altro-genitore"),
      intro: k("steps.altro-genitore.intro"),
      fields: [
        { type: "yesNo", name: "addSecondParent", label: k("addSecondParent.label") },
        { type: "text", name: "secondParentGivenName", label: k("secondParentGivenName.label"), maxLength: 80, when: SECOND_PARENT },
        { type: "text", name: "secondParentFamilyName", label: k("secondParentFamilyName.label"), maxLength: 80, when: SECOND_PARENT },
        { type: "codiceFiscale", name: "secondParentFiscalCode", label: k("secondParentFiscalCode.label"), when: SECOND_PARENT },
        { type: "email", name: "secondParentEmail", label: k("secondParentEmail.label"), required: false, when: SECOND_PARENT },
        { type: "phone", name: "secondParentPhone", label: k("secondParentPhone.label"), required: false, when: SECOND_PARENT },
      ],
    },
    contactStep,
  ],
  attachments: [
    documentSpec({
      name: "medicalCertificate",
      label: k("attachments.medicalCertificate.label"),
      hint: k("attachments.medicalCertificate.hint"),
      when: HEALTH_DIET,
      maxFiles: 3,
    }),
  ],
};
