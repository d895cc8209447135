/**
 * Answers a link carries into a new application (`?prefill[name]=…`), e.g. from a traffic fine's page
 * to the driver's-data and appeal forms: only fields declared `fromLink`, never identity or choices.
 */
import { describe, expect, it } from "vitest";
import { linkPrefill } from "~/forms/engine";
import { findForm } from "~/forms/registry";
import type { FormDefinition } from "~/forms/types";

const params = (q: Record<string, string>) => new URLSearchParams(q);

describe("prefill from the link", () => {
  it("fills the fine's number, notification date and plate of the driver's-data form", () => {
    const def = findForm("multe-dati-conducente")!;
    expect(linkPrefill(def, params({ "prefill[fineNumber]": " V/2026/004512 ", "prefill[notificationDate]": "25/11/2026", "prefill[plate]": "FG482KL" }))).toEqual({
      fineNumber: "V/2026/004512",
      notificationDate: "25/11/2026",
      plate: "FG482KL",
    });
    expect(Object.keys(linkPrefill(findForm("multe-ricorso")!, params({ "prefill[fineNumber]": "V/1", "prefill[plate]": "AB123CD" })))).toEqual(["fineNumber", "plate"]);
  });

  it("ignores fields not declared prefillable, identity fields, choices and empty values", () => {
    const def = findForm("multe-dati-conducente")!;
    const q = params({ "prefill[declarantFiscalCode]": "RSSMRA85T10H501O", "prefill[declarantName]": "Someone", "prefill[wasDriver]": "no", "prefill[licenceNumber]": "MB1", "prefill[fineNumber]": "   ", fineNumber: "X" });
    expect(linkPrefill(def, q)).toEqual({});
    // A form that declares nothing takes nothing.
    expect(linkPrefill(findForm("tari-iscrizione")!, params({ "prefill[payer]": "self" }))).toEqual({});
  });

  it("cuts a value to the field's length", () => {
    const def: FormDefinition = { slug: "x", version: 1, privacyPurpose: "p", attachments: [], steps: [{ id: "a", title: "t", plain: "p", fields: [{ type: "text", name: "n", label: "l", maxLength: 5, fromLink: true }] }] };
    expect(linkPrefill(def, params({ "prefill[n]": "ABCDEFGH" }))).toEqual({ n: "ABCDE" });
  });
});
