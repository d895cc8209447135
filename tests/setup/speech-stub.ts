/**
 * A stand-in for the browser's speech synthesis, installed with `page.addInitScript(SPEECH_STUB)`: it
 * records what would be spoken (text and language) in `window.__speech` instead of speaking, so a test
 * can read it, and it never ends a reading by itself (headless Chromium has no voices and would end it
 * at once). Plain JavaScript source rather than a function: tsx (the accessibility run) wraps functions
 * in helpers that do not exist in the page. Used by tests/e2e/plain-language.test.ts and
 * accessibility/plain-states.ts.
 */
export const SPEECH_STUB = `(() => {
  const record = { spoken: [], cancelled: 0, paused: false, resumed: 0 };
  window.__speech = record;
  class Utterance {
    constructor(text) { this.text = text; this.lang = ""; this.voice = null; this.onend = null; this.onerror = null; }
  }
  Object.defineProperty(window, "SpeechSynthesisUtterance", { configurable: true, writable: true, value: Utterance });
  Object.defineProperty(window, "speechSynthesis", {
    configurable: true,
    value: {
      speak: (u) => { record.spoken.push({ text: u.text, lang: u.lang }); },
      cancel: () => { record.cancelled++; },
      pause: () => { record.paused = true; },
      resume: () => { record.paused = false; record.resumed++; },
      getVoices: () => [],
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    },
  });
})();`;
