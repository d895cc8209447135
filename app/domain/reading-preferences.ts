/**
 * The reader's preferences for reading the site (issue 7 §1): text size, high contrast, more space
 * between lines and letters, less motion, a more legible font. Pure: the cookie, the profile and the
 * form all go through these functions (docs/reading-preferences.md).
 */

export const TEXT_SIZES = [100, 125, 150, 175, 200] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

export interface ReadingPreferences {
  /** Percent of the normal text size (the root font size: every size of the site is in rem). */
  textSize: TextSize;
  /** Text, links, borders and focus ring at 7:1 or more (WCAG 1.4.6, AAA). */
  highContrast: boolean;
  /** Line height 1.5, paragraphs 2×, letters 0.12em, words 0.16em (WCAG 1.4.12). */
  spacing: boolean;
  /** No transitions, animations or smooth scrolling (also applied when the system asks for it). */
  reducedMotion: boolean;
  /** Atkinson Hyperlegible instead of Titillium Web. */
  readableFont: boolean;
}

export const DEFAULT_PREFERENCES: ReadingPreferences = {
  textSize: 100,
  highContrast: false,
  spacing: false,
  reducedMotion: false,
  readableFont: false,
};

/** The on/off preferences, in the order of the form and of the stored value. */
export const SWITCHES = ["highContrast", "spacing", "reducedMotion", "readableFont"] as const;
export type Switch = (typeof SWITCHES)[number];

/** One letter per switch in the stored value: short, readable and stable. */
const LETTER: Record<Switch, string> = { highContrast: "c", spacing: "s", reducedMotion: "m", readableFont: "f" };

export function isTextSize(value: unknown): value is TextSize {
  return TEXT_SIZES.includes(Number(value) as TextSize) && String(Number(value)) === String(value);
}

/**
 * The stored form (cookie value and profile column): "t150" then the letters of the switches that
 * are on, e.g. "t200csmf". Anything unknown is ignored, so an old or tampered value never breaks a page.
 */
export function serializePreferences(p: ReadingPreferences): string {
  return `t${p.textSize}${SWITCHES.filter((s) => p[s]).map((s) => LETTER[s]).join("")}`;
}

export function parsePreferences(value: string | null | undefined): ReadingPreferences {
  const m = typeof value === "string" ? /^t(\d{3})([a-z]*)$/.exec(value) : null;
  if (!m) return { ...DEFAULT_PREFERENCES };
  const letters = m[2] ?? "";
  const out: ReadingPreferences = { ...DEFAULT_PREFERENCES, textSize: isTextSize(m[1]) ? (Number(m[1]) as TextSize) : 100 };
  for (const s of SWITCHES) out[s] = letters.includes(LETTER[s]);
  return out;
}

export function isDefaultPreferences(p: ReadingPreferences): boolean {
  return serializePreferences(p) === serializePreferences(DEFAULT_PREFERENCES);
}

export type PreferencesForm =
  | { ok: true; preferences: ReadingPreferences }
  | { ok: false; errors: Record<string, string>; values: ReadingPreferences };

/**
 * The preferences form: a text size (radio) and a checkbox per switch. "ripristina" puts everything
 * back to normal. A size not offered (only a tampered form can send one) is an error on that field.
 */
export function preferencesFromForm(get: (name: string) => string | null): PreferencesForm {
  if (get("intent") === "reset") return { ok: true, preferences: { ...DEFAULT_PREFERENCES } };
  const values: ReadingPreferences = { ...DEFAULT_PREFERENCES };
  for (const s of SWITCHES) values[s] = get(s) === "on";
  const size = get("textSize");
  if (!isTextSize(size)) return { ok: false, errors: { "textSize-100": "errors.textSize" }, values };
  return { ok: true, preferences: { ...values, textSize: Number(size) as TextSize } };
}

/**
 * What the <html> element carries so that CSS alone applies the preferences (no JavaScript, no flash):
 * classes for the switches and a data attribute for the size.
 */
export function htmlAttributes(p: ReadingPreferences): { className: string | undefined; "data-text-size": string | undefined } {
  const classes = [
    p.highContrast ? "stp-contrast" : "",
    p.spacing ? "stp-spacing" : "",
    p.reducedMotion ? "stp-reduced-motion" : "",
    p.readableFont ? "stp-readable-font" : "",
  ].filter(Boolean);
  return { className: classes.length ? classes.join(" ") : undefined, "data-text-size": p.textSize === 100 ? undefined : String(p.textSize) };
}
