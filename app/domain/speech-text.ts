/**
 * What the "Ascolta" button reads (issue 7 §6), as pure text work: the browser collects the visible
 * text of the page's main region block by block (app/components/plain/ListenButton.tsx), this turns
 * those blocks into sentences a speech engine reads with pauses, cut into pieces short enough for
 * engines that stop long utterances half way (Chromium on some systems stops after ~15 seconds).
 */

/** The speech language for the page's language: Italian from Italy, English from Britain (the desk's en-GB). */
export function speechLanguage(pageLang: string): string {
  return pageLang.toLowerCase().startsWith("en") ? "en-GB" : "it-IT";
}

/**
 * One string from the page's text blocks: whitespace collapsed, empty blocks dropped, and a full stop
 * after a block that has no closing punctuation (a heading, a button, a table cell), so the engine
 * pauses between them instead of running "Pagare la TARI Servizio attivo" together.
 */
export function joinBlocks(blocks: readonly string[]): string {
  return blocks
    .map((b) => b.replace(/\s+/g, " ").trim())
    .filter((b) => b.length > 0)
    .map((b) => (/[.!?:;…»"”)]$/.test(b) ? b : `${b}.`))
    .join(" ");
}

/** Cuts the text at sentence ends into pieces of at most `max` characters (a longer sentence is cut at spaces). */
export function speechChunks(text: string, max = 220): string[] {
  const sentences = text.match(/[^.!?…]+[.!?…]*\s*/g) ?? [];
  const chunks: string[] = [];
  let current = "";
  const push = () => {
    if (current.trim()) chunks.push(current.trim());
    current = "";
  };
  for (const sentence of sentences) {
    if (sentence.length > max) {
      push();
      let rest = sentence.trim();
      while (rest.length > max) {
        const cut = rest.lastIndexOf(" ", max);
        const at = cut > 0 ? cut : max;
        chunks.push(rest.slice(0, at).trim());
        rest = rest.slice(at).trim();
      }
      current = rest ? `${rest} ` : "";
      continue;
    }
    if (current.length + sentence.length > max) push();
    current += sentence;
  }
  push();
  return chunks;
}
