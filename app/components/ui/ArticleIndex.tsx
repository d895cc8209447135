import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Page } from "~/components/layout/Page";
import { ArticleList, type ArticleCardData } from "./ArticleList";

const SECTIONS = {
  place: { title: "live.places", lead: "live.placesLead", base: "/vivere/luoghi", empty: "common.noServices", link: undefined },
  event: { title: "live.events", lead: "live.eventsLead", base: "/vivere/eventi", empty: "live.noEvents", link: "event-link" },
} as const;

/** The list pages of Vivere il Comune (places, events). */
export function ArticleIndex({ kind }: { kind: keyof typeof SECTIONS }) {
  const { articles } = useLoaderData<{ articles: ArticleCardData[] }>();
  const { t } = useTranslation();
  const s = SECTIONS[kind];
  return (
    <Page
      title={t(s.title)}
      lead={t(s.lead)}
      breadcrumbs={[{ label: t("live.title"), to: "/vivere" }, { label: t(s.title) }]}
    >
      {articles.length ? <ArticleList articles={articles} basePath={s.base} linkElement={s.link} headingLevel={2} /> : <p>{t(s.empty)}</p>}
    </Page>
  );
}
