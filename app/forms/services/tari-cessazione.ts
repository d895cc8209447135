/**
 * TARI: end of occupation (L. 147/2013 c. 684-686). Also the heir's way to close the account of a
 * relative who died: then the form asks who the deceased holder was instead of a proof of leaving
 * (the death is in the population register).
 */
import { TARI_TQRIF_RULES } from "~/domain/application-workflow";
import type { FormDefinition } from "../types";
import { contactStep, documentSpec, keysOf } from "./common";

const k = keysOf("tari-cessazione");

const HOLDER_DIED = { field: "reason", equals: "holder_died" } as const;

export const form: FormDefinition = {
  slug: "tari-cessazione",
  version: 1,
  privacyPurpose: k("privacy"),
  deadline: TARI_TQRIF_RULES.information_request,
  deadlineSource: "common.deadline.tqrifInformation",
  steps: [
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
            { value: "moved", label: k("reason.options.moved"), hint: k("reason.options.movedHint") },
            { value: "sold", label: k("reason.options.sold") },
            { value: "lease_ended", label: k("reason.options.lease_ended") },
            { value: "business_closed", label: k("reason.options.business_closed") },
            { value: "holder_died", label: k("reason.options.holder_died"), hint: k("reason.options.holder_diedHint") },
            { value: "other", label: k("reason.options.other") },
          ],
        },
        { type: "text", name: "reasonOther", label: k("reasonOther.label"), maxLength: 300, when: { field: "reason", equals: "other" } },
      ],
    },
    {
      id: "defunto",
      title: k("steps.defunto.title"),
      plain: k("defunto"),
      intro: k("steps.defunto.intro"),
      when: HOLDER_DIED,
      fields: [
        { type: "text", name: "deceasedName", label: k("deceasedName.label"), maxLength: 150 },
        { type: "codiceFiscale", name: "deceasedFiscalCode", label: k("deceasedFiscalCode.label") },
        { type: "date", name: "deathDate", label: k("deathDate.label"), min: "-3650", max: "today" },
        {
          type: "choice",
          name: "heirRelationship",
          label: k("heirRelationship.label"),
          options: [
            { value: "spouse", label: k("heirRelationship.options.spouse") },
            { value: "child", label: k("heirRelationship.options.child") },
            { value: "other_heir", label: k("heirRelationship.options.other_heir") },
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
          type: "cadastral",
          name: "cadastral",
          label: k("cadastral.label"),
          hint: k("cadastral.hint"),
          required: false,
        },
        { type: "date", name: "endDate", label: k("endDate.label"), hint: k("endDate.hint"), min: "-3650", max: "today" },
        {
          type: "date",
          name: "handoverDate",
          label: k("handoverDate.label"),
          hint: k("handoverDate.hint"),
          required: false,
          min: "-3650",
          max: "today",
        },
      ],
    },
    {
      id: "dopo-di-te",
      title: k("steps.dopo-di-te.title"),
      plain: k("dopo-di-te"),
      fields: [
        { type: "yesNo", name: "nextOccupantKnown", label: k("nextOccupantKnown.label"), hint: k("nextOccupantKnown.hint") },
        {
          type: "text",
          name: "nextOccupantName",
          label: k("nextOccupantName.label"),
          maxLength: 150,
          when: { field: "nextOccupantKnown", equals: "yes" },
        },
        {
          type: "codiceFiscale",
          name: "nextOccupantFiscalCode",
          label: k("nextOccupantFiscalCode.label"),
          hint: k("nextOccupantFiscalCode.hint"),
          required: false,
          when: { field: "nextOccupantKnown", equals: "yes" },
        },
        // The account's last notices (and any refund) still need somewhere to go.
        { type: "address", name: "mailingAddress", label: k("mailingAddress.label"), hint: k("mailingAddress.hint") },
      ],
    },
    contactStep,
  ],
  attachments: [
    documentSpec({
      name: "proofOfLeaving",
      label: k("attachments.proofOfLeaving.label"),
      hint: k("attachments.proofOfLeaving.hint"),
      when: { field: "reason", oneOf: ["moved", "sold", "lease_ended", "business_closed", "other"] },
      maxFiles: 3,
    }),
    documentSpec({
      name: "heirDocument",
      label: k("attachments.heirDocument.label"),
      hint: k("attachments.heirDocument.hint"),
      required: false,
      when: HOLDER_DIED,
      maxFiles: 3,
    }),
  ],
};
