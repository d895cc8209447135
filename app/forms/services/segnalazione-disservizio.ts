/**
 * Reports and complaints to the URP. A problem in the town needs a place; a complaint about a
 * service needs the service instead: the form asks one or the other from the kind chosen.
 */
import type { FormDefinition } from "../types";
import { PHOTO_KINDS, PHOTO_MAX_BYTES, keysOf } from "./common";

const k = keysOf("segnalazione-disservizio");

const SERVICE_KINDS = ["municipal_service", "online_services"] as const;
const PLACE_KINDS = ["roads", "lighting", "waste", "green", "signs", "buildings", "other"] as const;
const IN_TOWN = { field: "kind", oneOf: PLACE_KINDS } as const;
const CALL_BACK = { field: "contactBack", equals: "yes" } as const;

export const form: FormDefinition = {
  slug: "segnalazione-disservizio",
  version: 1,
  privacyPurpose: k("privacy"),
  deadline: { days: 30, kind: "calendar" },
  deadlineSource: k("deadlineSource"),
  steps: [
    {
      id: "tipo",
      title: k("steps.tipo.title"),
      plain: k("tipo"),
      intro: k("steps.tipo.intro"),
      fields: [
        {
          type: "choice",
          name: "kind",
          label: k("kind.label"),
          options: [
            { value: "roads", label: k("kind.options.roads"), hint: k("kind.options.roadsHint") },
            { value: "lighting", label: k("kind.options.lighting") },
            { value: "waste", label: k("kind.options.waste"), hint: k("kind.options.wasteHint") },
            { value: "green", label: k("kind.options.green") },
            { value: "signs", label: k("kind.options.signs") },
            { value: "buildings", label: k("kind.options.buildings") },
            { value: "municipal_service", label: k("kind.options.municipal_service"), hint: k("kind.options.municipal_serviceHint") },
            { value: "online_services", label: k("kind.options.online_services") },
            { value: "other", label: k("kind.options.other") },
          ],
        },
      ],
    },
    {
      id: "luogo",
      title: k("steps.luogo.title"),
      plain: k("luogo"),
      when: IN_TOWN,
      fields: [
        {
          type: "choice",
          name: "placeBy",
          label: k("placeBy.label"),
          options: [
            { value: "address", label: k("placeBy.options.address") },
            { value: "description", label: k("placeBy.options.description"), hint: k("placeBy.options.descriptionHint") },
          ],
        },
        {
          type: "address",
          name: "address",
          label: k("address.label"),
          hint: k("address.hint"),
          inComune: true,
          when: { field: "placeBy", equals: "address" },
        },
        {
          type: "text",
          name: "placeDescription",
          label: k("placeDescription.label"),
          hint: k("placeDescription.hint"),
          multiline: true,
          maxLength: 500,
          when: { field: "placeBy", equals: "description" },
        },
      ],
    },
    {
      id: "servizio",
      title: k("steps.servizio.title"),
      plain: k("servizio"),
      when: { field: "kind", oneOf: SERVICE_KINDS },
      fields: [
        { type: "text", name: "serviceName", label: k("serviceName.label"), hint: k("serviceName.hint"), maxLength: 150 },
        { type: "date", name: "serviceDate", label: k("serviceDate.label"), hint: k("serviceDate.hint"), min: "-365", max: "today", required: false },
        { type: "text", name: "caseNumber", label: k("caseNumber.label"), hint: k("caseNumber.hint"), maxLength: 50, required: false },
      ],
    },
    {
      id: "descrizione",
      title: k("steps.descrizione.title"),
      plain: k("descrizione"),
      fields: [
        {
          type: "text",
          name: "description",
          label: k("description.label"),
          hint: k("description.hint"),
          multiline: true,
          maxLength: 2000,
        },
      ],
    },
    {
      id: "risposta",
      title: k("steps.risposta.title"),
      plain: k("risposta"),
      intro: k("steps.risposta.intro"),
      fields: [
        { type: "yesNo", name: "contactBack", label: k("contactBack.label"), hint: k("contactBack.hint") },
        {
          type: "choice",
          name: "contactBy",
          label: k("contactBy.label"),
          when: CALL_BACK,
          options: [
            { value: "email", label: k("contactBy.options.email") },
            { value: "phone", label: k("contactBy.options.phone") },
          ],
        },
        {
          type: "email",
          name: "email",
          label: "common.email.label",
          prefill: "email",
          autocomplete: "email",
          when: { all: [CALL_BACK, { field: "contactBy", equals: "email" }] },
        },
        {
          type: "phone",
          name: "phone",
          label: "common.phone.label",
          autocomplete: "tel",
          when: { all: [CALL_BACK, { field: "contactBy", equals: "phone" }] },
        },
      ],
    },
  ],
  attachments: [
    {
      name: "photos",
      label: k("attachments.photos.label"),
      hint: k("attachments.photos.hint"),
      required: false,
      accept: PHOTO_KINDS,
      maxBytes: PHOTO_MAX_BYTES,
      maxFiles: 3,
    },
  ],
};
