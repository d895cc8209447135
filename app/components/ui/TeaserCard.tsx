import { Link } from "@remix-run/react";
import type { ReactNode } from "react";

/** A responsive grid of cards as a list: one, two or three columns by screen width. */
export function CardGrid<T>({
  items,
  keyOf,
  render,
  gap = "g-4",
  columns = "col-12 col-md-6 col-lg-4",
}: {
  items: readonly T[];
  keyOf: (item: T) => string;
  render: (item: T) => ReactNode;
  gap?: "g-3" | "g-4";
  columns?: string;
}) {
  return (
    <ul className={`row ${gap} list-unstyled`}>
      {items.map((item) => (
        <li key={keyOf(item)} className={columns}>
          {render(item)}
        </li>
      ))}
    </ul>
  );
}

/** The bootstrap-italia teaser card every list of the desk uses: its title is the link. */
export function TeaserCard({
  title,
  to,
  linkElement,
  headingLevel = 3,
  headingClass = "h5",
  before,
  children,
}: {
  title: string;
  to: string;
  /** The Modello Comuni marker of the title link, where the page needs one. */
  linkElement?: string;
  headingLevel?: 2 | 3;
  headingClass?: "h4" | "h5";
  /** Shown above the title (a category, a date). */
  before?: ReactNode;
  children?: ReactNode;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div className="card card-teaser shadow-sm rounded h-100">
      <div className="card-body">
        {before}
        <Heading className={`card-title ${headingClass}`}>
          <Link to={to} data-element={linkElement}>
            {title}
          </Link>
        </Heading>
        {children}
      </div>
    </div>
  );
}
