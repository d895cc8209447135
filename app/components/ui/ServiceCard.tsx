import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

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
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div className="card card-teaser shadow-sm rounded h-100">
      <div className="card-body">
        <p className="category-top mb-1">
          <Link className="category text-decoration-none" to={`/servizi/categoria/${service.categorySlug}`}>
            {service.categoryName}
          </Link>
        </p>
        <Heading className="card-title h5">
          <Link data-element="service-link" to={`/servizi/${service.slug}`}>
            {service.title}
          </Link>
        </Heading>
        <p className="card-text">{service.summary}</p>
        {service.active ? null : <span className="badge bg-secondary">{t("services.inactive")}</span>}
      </div>
    </div>
  );
}

export function ServiceGrid({ services, headingLevel }: { services: ServiceCardData[]; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  if (services.length === 0) return <p>{t("common.noServices")}</p>;
  return (
    <ul className="row g-4 list-unstyled">
      {services.map((s) => (
        <li key={s.slug} className="col-12 col-md-6 col-lg-4">
          <ServiceCard service={s} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}
