import type { ReactNode } from "react";
import dashStyles from "~/styles/plan-dashboard.scss?url";

/**
 * How a bar is filled. Every bar has its category and value written beside it, so the fill is never
 * the only cue; the fills also differ in pattern (solid, stripes, dots, cross-hatch) for people who
 * do not tell the colours apart, and each colour has at least 3:1 contrast on white (WCAG 1.4.11).
 */
export type BarFill = "solid-green" | "solid-blue" | "stripes-red" | "dots-grey" | "cross-amber";

const COLOUR: Record<BarFill, string> = {
  "solid-green": "#00703c",
  "solid-blue": "#004d99",
  "stripes-red": "#a3203a",
  "dots-grey": "#4d5b69",
  "cross-amber": "#8a5300",
};

export interface Bar {
  /** Shared with the data table's cell (`data-cell`), so a test can compare the two. */
  key: string;
  label: string;
  value: number;
  total: number;
  /** The value in words beside the bar ("3 su 7"). */
  valueText: string;
  fill: BarFill;
}

function Pattern({ id, fill }: { id: string; fill: BarFill }) {
  const c = COLOUR[fill];
  if (fill === "stripes-red")
    return (
      <pattern id={id} width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="4" height="4" fill="#fff" />
        <rect width="2.5" height="4" fill={c} />
      </pattern>
    );
  if (fill === "dots-grey")
    return (
      <pattern id={id} width="4" height="4" patternUnits="userSpaceOnUse">
        <rect width="4" height="4" fill="#fff" />
        <circle cx="2" cy="2" r="1.4" fill={c} />
      </pattern>
    );
  if (fill === "cross-amber")
    return (
      <pattern id={id} width="4" height="4" patternUnits="userSpaceOnUse">
        <rect width="4" height="4" fill={c} />
        <path d="M0 0L4 4M4 0L0 4" stroke="#fff" strokeWidth="0.6" />
      </pattern>
    );
  return null;
}

function BarSvg({ id, bar }: { id: string; bar: Bar }) {
  const width = bar.total === 0 ? 0 : (bar.value / bar.total) * 100;
  const patterned = !bar.fill.startsWith("solid");
  return (
    // The bar only repeats the value written beside it: hidden from assistive technologies.
    <svg viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      {patterned ? (
        <defs>
          <Pattern id={id} fill={bar.fill} />
        </defs>
      ) : null}
      <rect x="0" y="0" width="100" height="10" fill="#fff" stroke="#4d5b69" strokeWidth="1" vectorEffect="non-scaling-stroke" />
      {width > 0 ? <rect x="0" y="0" width={width} height="10" fill={patterned ? `url(#${id})` : COLOUR[bar.fill]} stroke={COLOUR[bar.fill]} strokeWidth="1" vectorEffect="non-scaling-stroke" /> : null}
    </svg>
  );
}

/**
 * A chart as a <figure>: its title and the key finding in words (the caption), horizontal bars with
 * their labels and values in HTML beside them (the drawing is one image named by the caption), and
 * the data table with the same numbers right after it.
 */
export function BarFigure({
  id,
  title,
  summary,
  groups,
  table,
  note,
}: {
  id: string;
  title: string;
  summary: ReactNode;
  groups: { key: string; heading?: string; bars: Bar[] }[];
  table: ReactNode;
  note?: string;
}) {
  const safe = (key: string) => `${id}-${key.replace(/[^A-Za-z0-9_-]/g, "-")}`;
  return (
    <figure className="dash-figure" data-figure={id}>
      <link rel="stylesheet" href={dashStyles} />
      <figcaption>
        <h3 id={`${id}-title`} className="h5">
          {title}
        </h3>
        <div id={`${id}-summary`} data-summary="">
          {summary}
        </div>
      </figcaption>
      <div className="dash-chart" role="img" aria-labelledby={`${id}-title ${id}-summary`} data-chart="">
        {groups.map((g) => (
          <div key={g.key} className="dash-group">
            {g.heading ? <p className="dash-group-heading">{g.heading}</p> : null}
            {g.bars.map((b) => (
              <div key={b.key} className="dash-bar" data-bar={b.key}>
                <span className="dash-bar-label">{b.label}</span>
                <BarSvg id={safe(b.key)} bar={b} />
                <span className="dash-bar-value" data-value="">
                  {b.valueText}
                </span>
              </div>
            ))}
          </div>
        ))}
      </div>
      {note ? <p className="small">{note}</p> : null}
      {table}
    </figure>
  );
}
