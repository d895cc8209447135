import { useTranslation } from "react-i18next";
import { CardGrid, TeaserCard } from "./TeaserCard";

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
  return (
    <CardGrid
      items={items}
      keyOf={(item) => item.slug}
      gap="g-3"
      render={(item) => (
        <TeaserCard title={item.name} to={`${basePath}/${item.slug}`} linkElement={linkElement} headingLevel={headingLevel}>
          <p className="card-text">{item.description}</p>
          <p className="card-text small mb-0">{t("common.services", { count: item.serviceCount })}</p>
        </TeaserCard>
      )}
    />
  );
}
