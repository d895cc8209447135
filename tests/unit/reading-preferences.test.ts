import { describe, expect, it } from "vitest";
import {
  DEFAULT_PREFERENCES,
  htmlAttributes,
  isDefaultPreferences,
  parsePreferences,
  preferencesFromForm,
  serializePreferences,
} from "~/domain/reading-preferences";

const form = (values: Record<string, string>) => (name: string) => values[name] ?? null;

describe("reading preferences", () => {
  it("stores the size and the switches that are on, and reads them back", () => {
    const p = { textSize: 175, highContrast: true, spacing: false, reducedMotion: true, readableFont: false } as const;
    expect(serializePreferences(p)).toBe("t175cm");
    expect(parsePreferences("t175cm")).toEqual(p);
    expect(serializePreferences(DEFAULT_PREFERENCES)).toBe("t100");
  });

  it("reads anything unknown or tampered as the normal preferences, never as an error", () => {
    for (const bad of [null, undefined, "", "t1000", "x", "t150C", "t150c;evil"]) expect(parsePreferences(bad)).toEqual(DEFAULT_PREFERENCES);
    // A size not offered falls back to normal, the switches still count.
    expect(parsePreferences("t300c")).toEqual({ ...DEFAULT_PREFERENCES, highContrast: true });
  });

  it("takes the form: a size offered and the checkboxes ticked", () => {
    expect(preferencesFromForm(form({ textSize: "200", highContrast: "on", readableFont: "on" }))).toEqual({
      ok: true,
      preferences: { textSize: 200, highContrast: true, spacing: false, reducedMotion: false, readableFont: true },
    });
  });

  it("refuses a size the form does not offer, keeping the other answers", () => {
    const r = preferencesFromForm(form({ textSize: "300", spacing: "on" }));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors).toEqual({ "textSize-100": "errors.textSize" });
      expect(r.values.spacing).toBe(true);
    }
    expect(preferencesFromForm(form({ textSize: "150.0" })).ok).toBe(false);
    expect(preferencesFromForm(form({})).ok).toBe(false);
  });

  it("resets everything with the reset button, whatever else was sent", () => {
    expect(preferencesFromForm(form({ intent: "reset", textSize: "200", highContrast: "on" }))).toEqual({ ok: true, preferences: DEFAULT_PREFERENCES });
  });

  it("turns the preferences into classes and a data attribute of <html>", () => {
    expect(htmlAttributes(DEFAULT_PREFERENCES)).toEqual({ className: undefined, "data-text-size": undefined });
    expect(htmlAttributes(parsePreferences("t200csmf"))).toEqual({
      className: "stp-contrast stp-spacing stp-reduced-motion stp-readable-font",
      "data-text-size": "200",
    });
    expect(isDefaultPreferences(parsePreferences("t100"))).toBe(true);
    expect(isDefaultPreferences(parsePreferences("t125"))).toBe(false);
  });
});
