import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Page } from "~/components/layout/Page";
import { CsrfField } from "~/components/ui/CsrfField";
import { ErrorList } from "~/components/ui/ErrorSummary";
import { TableScroll } from "~/components/ui/TableScroll";
import { useErrorTitle } from "~/components/staff/StaffForm";
import type { OwnersAnswer, OwnersData } from "~/utils/plan-owner-routes.server";
import { errorLinks, OfficeField } from "./OfficeFields";
import { usePlanT } from "./PlanParts";
import { usePlanReportT } from "./PlanReport";

/** The owners of one objective (office and person) in the back office: the list, a remove button each, the form to add one. */
export function OfficeOwners() {
  const { t } = usePlanReportT();
  const { t: tp } = usePlanT();
  const d = useLoaderData() as OwnersData;
  const answer = useActionData() as OwnersAnswer | undefined;
  const errors = answer?.errors ?? {};
  const v = answer?.values ?? d.values;
  useErrorTitle(Object.keys(errors).length > 0);
  const objectivePage = `/gestione/piano/obiettivi/${encodeURIComponent(d.code)}`;
  const select = (id: keyof typeof v) => ({
    id,
    name: id,
    className: `form-select${errors[id] ? " is-invalid" : ""}`,
    defaultValue: v[id],
    "aria-describedby": [`${id}-hint`, errors[id] ? `${id}-error` : null].filter(Boolean).join(" "),
    "aria-invalid": errors[id] ? true : undefined,
  });
  return (
    <Page
      title={t("owners.editorTitle", { code: d.code })}
      lead={t("owners.editorLead")}
      breadcrumbs={[
        { label: tp("office.backOffice"), to: "/gestione" },
        { label: tp("office.title"), to: "/gestione/piano" },
        { label: d.code, to: objectivePage },
        { label: t("owners.title") },
      ]}
      feedback={false}
    >
      <ErrorList title={t("owners.errors.title")} links={errorLinks(errors)} answer={answer} />
      {d.done ? (
        <div className="alert alert-success" role="status" data-testid="plan-owners-done">
          {t(d.done === "aggiunto" ? "owners.added" : "owners.removed")}
        </div>
      ) : null}
      <section aria-labelledby="owners-title" className="mb-5">
        <h2 id="owners-title" className="h4">
          {t("owners.title")}
        </h2>
        {d.owners.length === 0 ? (
          <p data-testid="plan-owners-empty">{t("owners.none")}</p>
        ) : (
          <TableScroll label={t("owners.listCaption", { code: d.code })}>
            <table className="table table-sm" data-testid="plan-owners">
              <caption>{t("owners.listCaption", { code: d.code })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("owners.office")}</th>
                  <th scope="col">{t("owners.personColumn")}</th>
                  <th scope="col">{t("owners.role")}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t("owners.remove")}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {d.owners.map((o) => (
                  <tr key={o.id}>
                    <th scope="row">{o.office}</th>
                    <td>{o.person ?? ""}</td>
                    <td>{o.role ?? ""}</td>
                    <td>
                      <Form method="post">
                        <CsrfField />
                        <input type="hidden" name="intent" value="remove" />
                        <input type="hidden" name="owner" value={o.id} />
                        <button type="submit" className="btn btn-outline-danger btn-sm" aria-label={t("owners.removeLabel", { who: `${o.office} – ${o.person ?? ""}` })}>
                          {t("owners.remove")}
                        </button>
                      </Form>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>

      <section aria-labelledby="add-title" className="mb-5">
        <h2 id="add-title" className="h4">
          {t("owners.addTitle")}
        </h2>
        <Form method="post" noValidate key={d.owners.length}>
          <CsrfField />
          <input type="hidden" name="intent" value="add" />
          <OfficeField id="office" label={t("owners.fieldOffice")} hint={t("owners.chooseOffice")} error={errors.office}>
            <select {...select("office")}>
              <option value="">{t("owners.chooseOffice")}</option>
              {d.offices.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </OfficeField>
          <OfficeField id="staff" label={t("owners.fieldStaff")} hint={t("owners.fieldStaffHint")} error={errors.staff}>
            <select {...select("staff")}>
              <option value="">{t("owners.noStaff")}</option>
              {d.staff.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </OfficeField>
          <OfficeField id="name" label={t("owners.fieldName")} hint={t("owners.fieldNameHint")} error={errors.name} autoComplete="off" defaultValue={v.name} />
          <OfficeField id="role" label={t("owners.fieldRole")} hint={t("owners.fieldRoleHint")} error={errors.role} autoComplete="off" defaultValue={v.role} />
          <button type="submit" className="btn btn-primary">
            {t("owners.add")}
          </button>
        </Form>
      </section>
      <p>
        <Link to={objectivePage}>{t("owners.backToObjective", { code: d.code })}</Link>
      </p>
    </Page>
  );
}
