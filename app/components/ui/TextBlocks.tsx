import { toBlocks } from "~/domain/text-blocks";

/** Renders a catalogue text (paragraphs and lists typed as plain text) as accessible markup. */
export function TextBlocks({ text, className }: { text: string; className?: string }) {
  return (
    <>
      {toBlocks(text).map((block, i) =>
        block.kind === "paragraph" ? (
          <p key={i} className={className ?? "text-paragraph"}>
            {block.text}
          </p>
        ) : block.ordered ? (
          <ol key={i}>
            {block.items.map((item, j) => (
              <li key={j}>{item}</li>
            ))}
          </ol>
        ) : (
          <ul key={i}>
            {block.items.map((item, j) => (
              <li key={j}>{item}</li>
            ))}
          </ul>
        ),
      )}
    </>
  );
}
