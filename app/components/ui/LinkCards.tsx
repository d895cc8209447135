import { Link } from "@remix-run/react";

export interface LinkCard {
  to: string;
  title: string;
  text: string;
  dataElement?: string;
}

/** Cards that lead to the second-level pages of a section (Uffici, Avvisi, Luoghi…). */
export function LinkCards({ cards }: { cards: LinkCard[] }) {
  return (
    <ul className="row g-4 list-unstyled">
      {cards.map((c) => (
        <li key={c.to} className="col-12 col-md-6 col-lg-4">
          <div className="card card-teaser shadow-sm rounded h-100">
            <div className="card-body">
              <h2 className="card-title h4">
                <Link to={c.to} data-element={c.dataElement}>
                  {c.title}
                </Link>
              </h2>
              <p className="card-text">{c.text}</p>
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}
