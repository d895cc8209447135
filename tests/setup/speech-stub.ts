/**
 * A stand-in for the browser's speech synthesis, installed with `page.addInitScript(installSpeechStub)`:
 * it records what would be spoken (text and language) in `window.__speech` instead of speaking, so a
 * test can read it, and it never ends a reading by itself (headless Chromium has no voices and would
 * end it at once). Used by tests/e2e/plain-language.test.ts and accessibility/plain-states.ts.
 */
export function installSpeechStub() {
  type Recorded = { spoken: { text: string; lang: string }[]; cancelled: number; paused: boolean; resumed: number };
  const record: Recorded = { spoken: [], cancelled: 0, paused: false, resumed: 0 };
  (window as unknown as { __speech: Recorded }).__speech = record;
  class Utterance {
    text: string;
    lang = "";
    voice: unknown = null;
    onend: (() => void) | null = null;
    onerror: (() => void) | null = null;
    constructor(text: string) {
      this.text = text;
    }
  }
  Object.defineProperty(window, "SpeechSynthesisUtterance", { configurable: true, writable: true, value: Utterance });
  Object.defineProperty(window, "speechSynthesis", {
    configurable: true,
    value: {
      speak: (u: Utterance) => record.spoken.push({ text: u.text, lang: u.lang }),
      cancel: () => {
        record.cancelled++;
      },
      pause: () => {
        record.paused = true;
      },
      resume: () => {
        record.paused = false;
        record.resumed++;
      },
      getVoices: () => [],
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    },
  });
}
