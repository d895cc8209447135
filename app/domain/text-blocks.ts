/**
 * The catalogue's long texts are plain text typed by staff: a blank line separates paragraphs,
 * lines starting with "- " make a bulleted list and lines starting with "1. " a numbered one.
 * Turning them into blocks here keeps HTML out of the database and the markup accessible.
 */
export type TextBlock =
  | { kind: "paragraph"; text: string }
  | { kind: "list"; ordered: boolean; items: string[] };

const BULLET = /^\s*[-•]\s+/;
const NUMBERED = /^\s*\d+[.)]\s+/;

export function toBlocks(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (const chunk of text.replace(/\r\n?/g, "\n").split(/\n\s*\n/)) {
    const lines = chunk.split("\n").map((l) => l.trim()).filter((l) => l.length > 0);
    // Lists never continue across a blank line: each chunk starts afresh.
    let list: Extract<TextBlock, { kind: "list" }> | undefined;
    let paragraph: string[] = [];
    const flush = () => {
      if (paragraph.length) blocks.push({ kind: "paragraph", text: paragraph.join(" ") });
      paragraph = [];
    };
    for (const line of lines) {
      const ordered = NUMBERED.test(line);
      if (ordered || BULLET.test(line)) {
        flush();
        const item = line.replace(ordered ? NUMBERED : BULLET, "");
        if (list && list.ordered === ordered) list.items.push(item);
        else {
          list = { kind: "list", ordered, items: [item] };
          blocks.push(list);
        }
      } else if (list && paragraph.length === 0) {
        // A line right under a list item continues that item.
        list.items[list.items.length - 1] += ` ${line}`;
      } else {
        paragraph.push(line);
      }
    }
    flush();
  }
  return blocks;
}

/** The first paragraph's text, for leads and meta descriptions. */
export function plainSummary(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).replace(/\s+\S*$/, "")}…`;
}
