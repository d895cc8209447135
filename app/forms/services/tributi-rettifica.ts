/**
 * Asking the Tax Office to correct one's IMU or TARI position (issue 5 §5): a property that is not
 * one's own, wrong dates or share, a wrong rendita or category, a missing exemption or reduction, a
 * waste account with the wrong surface or household, a payment that is not shown. The office checks
 * and corrects the rolls, or explains why not (the comune's duty of self-correction, art. 10-quater
 * L. 212/2000); with no deadline set by a special rule, the 30 days of L. 241/1990 art. 2 apply.
 */
import type { FormDefinition } from "../types";
import { CURRENT_YEAR, contactStep, documentSpec, keysOf } from "./common";

const k = keysOf("tributi-rettifica");

export const ERRORS = ["not_mine", "dates", "share", "cadastral", "exemption", "reduction", "tari_data", "payment_missing", "other"] as const;

export const form: FormDefinition = {
  slug: "tributi-rettifica",
  version: 1,
  privacyPurpose: k("privacy"),
  deadline: { days: 30, kind: "calendar" },
  deadlineSource: k("deadlineSource"),
  steps: [
    {
      id: "tributo",
      title: k("steps.tributo.title"),
      plain: k("tributo"),
      intro: k("steps.tributo.intro"),
      fields: [
        {
          type: "choice",
          name: "tax",
          label: k("tax.label"),
          options: [
            { value: "IMU", label: k("tax.options.IMU") },
            { value: "TARI", label: k("tax.options.TARI") },
          ],
        },
        { type: "number", name: "taxYear", label: k("taxYear.label"), hint: k("taxYear.hint"), min: CURRENT_YEAR - 6, max: CURRENT_YEAR, decimals: 0 },
      ],
    },
    {
      id: "errore",
      title: k("steps.errore.title"),
      plain: k("errore"),
      fields: [
        {
          type: "choice",
          name: "error",
          label: k("error.label"),
          options: ERRORS.map((value) => ({ value, label: k(`error.options.${value}`), ...(value === "exemption" || value === "tari_data" || value === "cadastral" ? { hint: k(`error.options.${value}Hint`) } : {}) })),
        },
        { type: "text", name: "what", label: k("what.label"), hint: k("what.hint"), maxLength: 300 },
        { type: "text", name: "explanation", label: k("explanation.label"), hint: k("explanation.hint"), multiline: true, maxLength: 3000 },
        { type: "text", name: "rightData", label: k("rightData.label"), hint: k("rightData.hint"), multiline: true, maxLength: 2000, required: false },
      ],
    },
    contactStep,
  ],
  attachments: [
    documentSpec({
      name: "supportingDocuments",
      label: k("attachments.supportingDocuments.label"),
      hint: k("attachments.supportingDocuments.hint"),
      required: false,
      maxFiles: 5,
    }),
  ],
};
