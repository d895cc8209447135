/**
 * Votive lamps: the four requests the catalogue page offers (first connection, new holder, new
 * address for the notices, cancellation) share one form, because they all start from the same
 * resting place; each asks only what it needs. The applicant becomes (or is) the holder who pays.
 */
import type { FormDefinition } from "../types";
import { contactStep, keysOf } from "./common";

const k = keysOf("lampade-votive");

const REQUEST = "requestType";
const ACTIVATION = { field: REQUEST, equals: "activation" } as const;
const BILLED = { field: REQUEST, oneOf: ["activation", "new_holder", "new_address"] } as const;

export const form: FormDefinition = {
  slug: "lampade-votive",
  version: 1,
  privacyPurpose: k("privacy"),
  deadlineSource: k("deadlineSource"),
  steps: [
    {
      id: "richiesta",
      title: k("steps.richiesta.title"),
      plain: k("richiesta"),
      fields: [
        {
          type: "choice",
          name: REQUEST,
          label: k("requestType.label"),
          options: [
            { value: "activation", label: k("requestType.options.activation"), hint: k("requestType.options.activationHint") },
            { value: "new_holder", label: k("requestType.options.new_holder"), hint: k("requestType.options.new_holderHint") },
            { value: "new_address", label: k("requestType.options.new_address") },
            { value: "cancellation", label: k("requestType.options.cancellation"), hint: k("requestType.options.cancellationHint") },
          ],
        },
      ],
    },
    {
      id: "defunto",
      title: k("steps.defunto.title"),
      plain: k("defunto"),
      fields: [
        { type: "text", name: "deceasedGivenName", label: k("deceasedGivenName.label"), maxLength: 80 },
        { type: "text", name: "deceasedFamilyName", label: k("deceasedFamilyName.label"), maxLength: 80 },
        { type: "date", name: "deathDate", label: k("deathDate.label"), hint: k("deathDate.hint"), min: "1900-01-01", max: "today" },
        {
          type: "choice",
          name: "relationship",
          label: k("relationship.label"),
          display: "select",
          options: [
            { value: "spouse", label: k("relationship.options.spouse") },
            { value: "child", label: k("relationship.options.child") },
            { value: "parent", label: k("relationship.options.parent") },
            { value: "sibling", label: k("relationship.options.sibling") },
            { value: "grandchild", label: k("relationship.options.grandchild") },
            { value: "other_relative", label: k("relationship.options.other_relative") },
            { value: "other", label: k("relationship.options.other") },
          ],
        },
      ],
    },
    {
      id: "sepoltura",
      title: k("steps.sepoltura.title"),
      plain: k("sepoltura"),
      intro: k("steps.sepoltura.intro"),
      fields: [
        // The catalogue does not name Seregno's cemeteries: these two are demo values, to be
        // replaced with the comune's own list (one option each) before going live.
        {
          type: "choice",
          name: "cemetery",
          label: k("cemetery.label"),
          options: [
            { value: "urbano", label: k("cemetery.options.urbano") },
            { value: "san_carlo", label: k("cemetery.options.san_carlo") },
          ],
        },
        {
          type: "choice",
          name: "burialType",
          label: k("burialType.label"),
          options: [
            { value: "grave", label: k("burialType.options.grave"), hint: k("burialType.options.graveHint") },
            { value: "niche", label: k("burialType.options.niche"), hint: k("burialType.options.nicheHint") },
            { value: "ossuary", label: k("burialType.options.ossuary"), hint: k("burialType.options.ossuaryHint") },
            { value: "urn_niche", label: k("burialType.options.urn_niche") },
            { value: "chapel", label: k("burialType.options.chapel"), hint: k("burialType.options.chapelHint") },
          ],
        },
        { type: "text", name: "section", label: k("section.label"), hint: k("section.hint"), maxLength: 30 },
        { type: "text", name: "position", label: k("position.label"), hint: k("position.hint"), maxLength: 30 },
      ],
    },
    {
      id: "allacciamento",
      title: k("steps.allacciamento.title"),
      plain: k("allacciamento"),
      intro: k("steps.allacciamento.intro"),
      when: ACTIVATION,
      fields: [
        { type: "date", name: "startDate", label: k("startDate.label"), hint: k("startDate.hint"), min: "today", max: "+365" },
      ],
    },
    {
      id: "intestatario",
      title: k("steps.intestatario.title"),
      plain: k("intestatario"),
      when: { field: REQUEST, equals: "new_holder" },
      fields: [
        { type: "text", name: "previousHolderName", label: k("previousHolderName.label"), hint: k("previousHolderName.hint"), maxLength: 150 },
        {
          type: "choice",
          name: "holderChangeReason",
          label: k("holderChangeReason.label"),
          options: [
            { value: "holder_died", label: k("holderChangeReason.options.holder_died") },
            { value: "agreement", label: k("holderChangeReason.options.agreement") },
            { value: "other", label: k("holderChangeReason.options.other") },
          ],
        },
      ],
    },
    {
      id: "avvisi",
      title: k("steps.avvisi.title"),
      plain: k("avvisi"),
      intro: k("steps.avvisi.intro"),
      when: BILLED,
      fields: [
        {
          type: "choice",
          name: "billing",
          label: k("billing.label"),
          options: [
            { value: "email", label: k("billing.options.email"), hint: k("billing.options.emailHint") },
            { value: "post", label: k("billing.options.post") },
          ],
        },
        {
          type: "address",
          name: "billingAddress",
          label: k("billingAddress.label"),
          hint: k("billingAddress.hint"),
          when: { field: "billing", equals: "post" },
        },
      ],
    },
    {
      id: "disdetta",
      title: k("steps.disdetta.title"),
      plain: k("disdetta"),
      intro: k("steps.disdetta.intro"),
      when: { field: REQUEST, equals: "cancellation" },
      fields: [
        {
          type: "text",
          name: "cancellationReason",
          label: k("cancellationReason.label"),
          multiline: true,
          maxLength: 500,
          required: false,
        },
      ],
    },
    contactStep,
  ],
  attachments: [],
};
