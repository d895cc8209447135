import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

export interface TaxonomyCardData {
  slug: string;
  name: string;
  description: string;
  serviceCount: number;
}

/** Categories or topics as cards: name (the link), description, how many services. */
export function TaxonomyCards({
  items,
  basePath,
  linkElement,
  headingLevel = 3,
}: {
  items: TaxonomyCardData[];
  basePath: string;
  /** The Modello Comuni marker of the links on this page (`service-category-link`, `topic-element`). */
  linkElement?: string;
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul className="row g-3 list-unstyled">
      {items.map((item) => (
        <li key={item.slug} className="col-12 col-md-6 col-lg-4">
          <div className="card card-teaser shadow-sm rounded h-100">
            <div className="card-body">
              <Heading className="card-title h5">
                <Link to={`${basePath}/${item.slug}`} data-element={linkElement}>
                  {item.name}
                </Link>
              </Heading>
              <p className="card-text">{item.description}</p>
              <p className="card-text small mb-0">{t("common.services", { count: item.serviceCount })}</p>
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}
