import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CardGrid, TeaserCard } from "./TeaserCard";

export interface ServiceCardData {
  slug: string;
  title: string;
  summary: string;
  categorySlug: string;
  categoryName: string;
  active: number;
}

/** One service in a list: the title is the link the conformity checker follows (`service-link`). */
export function ServiceCard({ service, headingLevel = 3 }: { service: ServiceCardData; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  return (
    <TeaserCard
      title={service.title}
      to={`/servizi/${service.slug}`}
      linkElement="service-link"
      headingLevel={headingLevel}
      before={
        <p className="category-top mb-1">
          <Link className="category text-decoration-none" to={`/servizi/categoria/${service.categorySlug}`}>
            {service.categoryName}
          </Link>
        </p>
      }
    >
      <p className="card-text">{service.summary}</p>
      {service.active ? null : <span className="badge bg-secondary">{t("services.inactive")}</span>}
    </TeaserCard>
  );
}

export function ServiceGrid({ services, headingLevel }: { services: ServiceCardData[]; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  if (services.length === 0) return <p>{t("common.noServices")}</p>;
  return <CardGrid items={services} keyOf={(s) => s.slug} render={(s) => <ServiceCard service={s} headingLevel={headingLevel} />} />;
}
