import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Breadcrumbs } from "~/components/layout/Breadcrumbs";
import { Feedback } from "~/components/ui/Feedback";
import { Icon } from "~/components/ui/Icon";
import { OfficeContacts } from "~/components/ui/OfficeContacts";
import { PageIndex } from "~/components/ui/PageIndex";
import { ListenButton } from "~/components/plain/ListenButton";
import { PlainSummary } from "~/components/plain/PlainSummary";
import { ServiceGrid } from "~/components/ui/ServiceCard";
import { TextBlocks } from "~/components/ui/TextBlocks";
import { jsonForScript } from "~/domain/structured-data";
import { getServicePage } from "~/services/catalogue.server";
import { env } from "~/utils/env.server";
import { notFound, publicOrigin } from "~/utils/http.server";
import { getFixedT } from "~/utils/i18next.server";
import { pageMeta } from "~/utils/meta";
import { formatDate } from "~/utils/format";
import { db } from "~/utils/db.server";

export const meta = pageMeta;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { lang } = await getFixedT(request);
  const page = await getServicePage(db(), params.slug ?? "", lang, publicOrigin(request, env().PUBLIC_BASE_URL));
  if (!page) notFound();
  return { ...page, lang, meta: { title: page.service.title, description: page.service.summary } };
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section id={id} className="mb-5" aria-labelledby={`${id}-title`}>
      <h2 className="h3 mb-3" id={`${id}-title`}>
        {title}
      </h2>
      {children}
    </section>
  );
}

export default function ServicePage() {
  const { service, office, metadata, related, lang } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const external = service.online_url?.startsWith("http");
  const s = (key: string) => t(`service.sections.${key}`);
  const entries = [
    { id: "a-chi-e-rivolto", label: s("audience") },
    { id: "descrizione", label: s("description") },
    { id: "come-fare", label: s("howTo") },
    { id: "cosa-serve", label: s("needed") },
    { id: "cosa-si-ottiene", label: s("outcome") },
    { id: "tempi-e-scadenze", label: s("deadlines") },
    { id: "quanto-costa", label: s("cost") },
    { id: "accedi-al-servizio", label: s("access") },
    { id: "condizioni-di-servizio", label: s("conditions") },
    { id: "contatti", label: s("contacts") },
    { id: "ufficio-responsabile", label: s("office") },
  ];

  const onlineButton = service.online_url ? (
    <a
      href={service.online_url}
      className="btn btn-primary me-3 mb-3"
      data-element="service-online-access"
    >
      {external ? t("service.onlineExternal") : t("service.onlineButton")}
      {external ? <span className="visually-hidden"> {t("common.externalLink")}</span> : null}
    </a>
  ) : null;

  return (
    <main id="main-content" tabIndex={-1}>
      <script
        type="application/ld+json"
        data-element="metatag"
        dangerouslySetInnerHTML={{ __html: jsonForScript(metadata) }}
      />
      <div className="container px-3 my-4">
        <div className="row">
          <div className="col-12 col-lg-8">
            <Breadcrumbs
              items={[
                { label: t("services.title"), to: "/servizi" },
                { label: service.category_name, to: `/servizi/categoria/${service.category_slug}` },
                { label: service.title },
              ]}
            />
            <h1 className="mt-3" data-element="service-title">
              {service.title}
            </h1>
            <p className="mb-2">
              {/* bootstrap-italia's chip markup written out: design-react-kit's Chip would add ~0.8 kB to this page's first load. */}
              <span className={`chip chip-simple${service.active ? " chip-primary" : ""}`} data-element="service-status">
                <span className="chip-label">{service.active ? t("service.status.active") : t("service.status.inactive")}</span>
              </span>
            </p>
            <ListenButton />
            <p className="lead" data-element="service-description">
              {service.summary}
            </p>
            {service.plain_summary ? (
              <PlainSummary id="in-parole-semplici" title={t("service.plainTitle")}>
                <TextBlocks text={service.plain_summary} className="mb-2" />
              </PlainSummary>
            ) : null}
            <div>
              {onlineButton}
              <Link to="/prenota-appuntamento" className="btn btn-outline-primary mb-3">
                {t("service.bookButton")}
              </Link>
            </div>
          </div>
        </div>
        <div className="row mt-4">
          <div className="col-12 col-lg-3 mb-4">
            <PageIndex entries={entries} />
          </div>
          <div className="col-12 col-lg-8 offset-lg-1">
            <Section id="a-chi-e-rivolto" title={s("audience")}>
              <div data-element="service-addressed">
                <TextBlocks text={service.audience} />
              </div>
            </Section>
            <Section id="descrizione" title={s("description")}>
              <TextBlocks text={service.description} />
            </Section>
            <Section id="come-fare" title={s("howTo")}>
              <div data-element="service-how-to">
                <TextBlocks text={service.how_to} />
              </div>
            </Section>
            <Section id="cosa-serve" title={s("needed")}>
              <div data-element="service-needed">
                <TextBlocks text={service.needed} />
              </div>
            </Section>
            <Section id="cosa-si-ottiene" title={s("outcome")}>
              <div data-element="service-achieved">
                <TextBlocks text={service.outcome} />
              </div>
            </Section>
            <Section id="tempi-e-scadenze" title={s("deadlines")}>
              <div data-element="service-calendar-text">
                <TextBlocks text={service.deadlines} />
              </div>
            </Section>
            <Section id="quanto-costa" title={s("cost")}>
              <TextBlocks text={service.cost} />
            </Section>
            <Section id="accedi-al-servizio" title={s("access")}>
              <div data-element="service-generic-access">
                <TextBlocks text={service.access} />
              </div>
              {service.online_url ? null : <p>{t("service.counterOnly")}</p>}
              {onlineButton}
              {service.bookable ? (
                <Link to="/prenota-appuntamento" className="btn btn-outline-primary mb-3" data-element="service-booking-access">
                  {t("service.bookButton")}
                </Link>
              ) : null}
            </Section>
            <Section id="condizioni-di-servizio" title={s("conditions")}>
              <TextBlocks text={plainLead(service.conditions)} />
              <p>
                <Icon name="it-file" className="icon-primary icon-sm me-1" />
                <Link to={service.conditions_url} data-element="service-file">
                  {t("service.conditionsLink")}
                </Link>
              </p>
            </Section>
            <Section id="contatti" title={s("contacts")}>
              <p>
                <Link to={`/amministrazione/uffici/${office.slug}`} data-element="service-area">
                  {office.name}
                </Link>
              </p>
              <OfficeContacts office={office} compact />
              <p>
                <Link to="/prenota-appuntamento" data-element="appointment-booking">
                  {t("services.booking")}
                </Link>
              </p>
            </Section>
            <Section id="ufficio-responsabile" title={s("office")}>
              <OfficeContacts office={office} />
            </Section>
            {service.topics.length ? (
              <section className="mb-5" aria-labelledby="topics-title">
                <h2 className="h6 text-uppercase" id="topics-title">
                  {t("service.topics")}
                </h2>
                <ul className="d-flex flex-wrap gap-2 list-unstyled">
                  {service.topics.map((topic) => (
                    <li key={topic.slug}>
                      <Link
                        className="chip chip-simple text-decoration-none"
                        to={`/argomenti/${topic.slug}`}
                        data-element="service-topic"
                      >
                        <span className="chip-label">{topic.name}</span>
                      </Link>
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}
            <p className="small">{t("common.lastUpdated", { date: formatDate(service.updated_at, lang) })}</p>
          </div>
        </div>
        {related.length ? (
          <section className="mt-4" aria-labelledby="related-title">
            <h2 className="h3 mb-4" id="related-title">
              {t("service.related")}
            </h2>
            <ServiceGrid services={related} />
          </section>
        ) : null}
      </div>
      <Feedback variant="service" />
    </main>
  );
}

/** The service page shows the first paragraph of the conditions; the whole text is on their own page. */
function plainLead(text: string): string {
  return text.split(/\n\s*\n/)[0] ?? text;
}
