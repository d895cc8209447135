import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Page } from "~/components/layout/Page";
import type { AccessMode } from "~/services/catalogue-admin.server";
import type { CatalogueListData, CatalogueRow } from "~/utils/catalogue-routes.server";
import { TableScroll } from "~/components/ui/TableScroll";

/** The URL values of the mode filter (see MODE_PARAM in app/utils/catalogue-routes.server.ts). */
const MODE_OPTIONS: { value: string; mode: AccessMode }[] = [
  { value: "online", mode: "online" },
  { value: "prenotazione", mode: "booking" },
  { value: "informazioni", mode: "information" },
];

export function modeText(t: (key: string) => string, row: Pick<CatalogueRow, "mode" | "deskForm" | "bookable">): string {
  if (row.mode !== "online") return t(`modes.${row.mode}`);
  const where = t(row.deskForm ? "modes.onlineDesk" : "modes.onlineExternal");
  return row.bookable ? `${where} (${t("modes.alsoBookable")})` : where;
}

/**
 * The administrator's list of services (/gestione/servizi). The route module has loaded the
 * "catalogue" namespace (useNamespace) before this renders.
 */
export function CatalogueList() {
  const { t } = useTranslation("catalogue");
  const { t: common } = useTranslation();
  const data = useLoaderData() as CatalogueListData;
  const title = t("list.title");
  const caption = data.filtered ? t("list.captionFiltered", { count: data.services.length }) : t("list.caption", { count: data.services.length });
  return (
    <Page title={title} lead={t("list.lead")} breadcrumbs={[{ label: common("staff.home.title"), to: "/gestione" }, { label: title }]} feedback={false}>
      <section className="mb-4" aria-labelledby="filter-heading">
        <h2 id="filter-heading" className="h4">
          {t("list.filterHeading")}
        </h2>
        <Form method="get" className="row g-3 align-items-end">
          <div className="col-12 col-md-5">
            <div className="select-wrapper">
              <label htmlFor="categoria">{t("list.category")}</label>
              <select id="categoria" name="categoria" defaultValue={data.filter.categoria} className="w-100 mw-100">
                <option value="">{t("list.allCategories")}</option>
                {data.categories.map((c) => (
                  <option key={c.slug} value={c.slug}>
                    {c.name}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div className="col-12 col-md-4">
            <div className="select-wrapper">
              <label htmlFor="modalita">{t("list.mode")}</label>
              <select id="modalita" name="modalita" defaultValue={data.filter.modalita} className="w-100 mw-100">
                <option value="">{t("list.allModes")}</option>
                {MODE_OPTIONS.map((o) => (
                  <option key={o.value} value={o.value}>
                    {t(`modes.${o.mode}`)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div className="col-12 col-md-3">
            <button type="submit" className="btn btn-primary">
              {t("list.filter")}
            </button>
          </div>
        </Form>
        {data.filtered ? (
          <p className="mt-3">
            <Link to="/gestione/servizi">{t("list.clearFilters")}</Link>
          </p>
        ) : null}
      </section>
      {data.services.length === 0 ? (
        <p className="callout" role="status" data-testid="catalogue-empty">
          {t("list.empty")}
        </p>
      ) : (
        <TableScroll label={caption} className="mb-5">
          <table className="table" data-testid="catalogue-table">
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t("list.columns.service")}</th>
                <th scope="col">{t("list.columns.category")}</th>
                <th scope="col">{t("list.columns.office")}</th>
                <th scope="col">{t("list.columns.mode")}</th>
                <th scope="col">{t("list.columns.status")}</th>
                <th scope="col">{t("list.columns.updated")}</th>
              </tr>
            </thead>
            <tbody>
              {data.services.map((row) => (
                <tr key={row.slug}>
                  <th scope="row">
                    <Link to={`/gestione/servizi/${row.slug}`} aria-label={t("list.editLink", { service: row.title })}>
                      {row.title}
                    </Link>
                  </th>
                  <td>{row.categoryName}</td>
                  <td>{row.officeName}</td>
                  <td>{modeText(t, row)}</td>
                  <td>{row.active ? t("status.active") : <span className="fw-semibold">{t("status.suspended")}</span>}</td>
                  <td>
                    <time dateTime={row.updatedAt}>{row.updated}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </Page>
  );
}
