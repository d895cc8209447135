import type { PreferencesTranslation } from "./preferences.it";

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

/** The reading preferences page (issue 7 §1), in English. */
const preferencesEn: Strings<PreferencesTranslation> = {
  title: "Reading preferences",
  lead: "Choose how you want to read the site: the choice applies to every page, on this device. If you are logged in, you will find it on your other devices too.",
  saved: "Preferences saved. They already apply to this page and to every other one.",
  savedProfile: "Preferences saved, on your profile too: you will find them when you log in from another device.",
  reset: "Preferences set back to normal.",
  textSize: {
    legend: "Text size",
    hint: "All the text of the site gets larger. Pages adapt: you do not need to scroll sideways.",
    option: "{{size}}%",
    normal: "{{size}}% (normal)",
  },
  options: {
    legend: "Other preferences",
    hint: "Choose as many as you like.",
    highContrast: {
      label: "High contrast",
      hint: "Black text on white, darker links and borders: easier to read with low vision or in bright light.",
    },
    spacing: {
      label: "More space between lines, letters and words",
      hint: "Lines and paragraphs further apart: helps you keep your place while reading.",
    },
    reducedMotion: {
      label: "Reduce motion",
      hint: "No animations and no automatic scrolling of the page.",
    },
    readableFont: {
      label: "More legible font",
      hint: "Uses the Atkinson Hyperlegible font, designed so that similar letters (such as I, l and 1) are easy to tell apart. It may help people with dyslexia or low vision.",
    },
  },
  preview: {
    title: "Preview",
    text: "This is how a paragraph of the site looks with the saved preferences. For example: to register for TARI you need the cadastral details of the property.",
    note: "The preview shows the preferences already saved: press “Save preferences” to see the new ones.",
  },
  cookie: "To remember the choice the site uses a technical cookie of the Comune (not a third-party one, not used to profile you) that lasts one year.",
  save: "Save preferences",
  resetButton: "Reset to normal",
  back: "Back to the page you were reading",
  errors: {
    textSize: "Choose one of the text sizes offered",
  },
};

export default preferencesEn;
