import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Page } from "~/components/layout/Page";
import { useErrorTitle } from "~/components/staff/StaffForm";
import { CsrfField } from "~/components/ui/CsrfField";
import { ErrorList } from "~/components/ui/ErrorSummary";
import { FieldHelp } from "~/components/ui/FieldHelp";
import { TableScroll } from "~/components/ui/TableScroll";
import type { ObjectiveField } from "~/domain/accessibility-statement";
import type { ObjectivesData } from "~/utils/accessibility-routes.server";
import { useA11yT } from "./useA11yT";

/** Staff add the year's accessibility objectives and update their state. */
export function ObjectivesAdminPage() {
  const { t } = useA11yT();
  const loaded = useLoaderData() as ObjectivesData;
  const answered = useActionData() as ObjectivesData | undefined;
  const d = answered ?? loaded;
  useErrorTitle(d.errors.length > 0);
  const err = Object.fromEntries(d.errors.map((e) => [e.field, e.text])) as Partial<Record<ObjectiveField, string>>;
  const title = t("objectivesAdmin.title");
  const field = (name: "year" | "objective" | "intervention" | "deadline", hint = false, multiline = false) => {
    const error = err[name];
    const common = {
      id: `obj-${name}`,
      name,
      defaultValue: d.values[name],
      autoComplete: "off",
      className: `form-control${error ? " is-invalid" : ""}`,
      "aria-describedby": [hint ? `obj-${name}-hint` : null, error ? `obj-${name}-error` : null].filter(Boolean).join(" ") || undefined,
      "aria-invalid": error ? true : undefined,
    };
    return (
      <div className="form-group mb-4" key={`${name}-${d.values[name]}`}>
        <label htmlFor={`obj-${name}`} className="active">
          {t(`objectivesAdmin.${name}`)}
        </label>
        {multiline ? <textarea rows={3} {...common} /> : <input type="text" inputMode={name === "year" ? "numeric" : undefined} {...common} />}
        <FieldHelp id={`obj-${name}`} hint={hint ? t(`objectivesAdmin.${name}Hint` as "objectivesAdmin.deadlineHint") : undefined} error={error} />
      </div>
    );
  };
  return (
    <Page title={title} lead={t("objectivesAdmin.lead")} breadcrumbs={[{ label: "Back office", to: "/gestione" }, { label: title }]} feedback={false}>
      <ErrorList title={t("objectivesAdmin.errorsTitle")} links={d.errors.map((e) => ({ href: `#obj-${e.field}`, text: e.text }))} answer={answered} />
      {d.done ? (
        <div className="alert alert-success" role="status">
          {d.done}
        </div>
      ) : null}
      <h2 className="h4">{t("objectivesAdmin.listHeading")}</h2>
      {d.rows.length === 0 ? (
        <p>{t("statement.objectives.none")}</p>
      ) : (
        <TableScroll label={t("objectivesAdmin.listHeading")}>
          <table className="table" data-testid="objectives-admin">
            <caption>{t("objectivesAdmin.listHeading")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("objectivesAdmin.year")}</th>
                <th scope="col">{t("objectivesAdmin.objective")}</th>
                <th scope="col">{t("objectivesAdmin.deadline")}</th>
                <th scope="col">{t("objectivesAdmin.state")}</th>
              </tr>
            </thead>
            <tbody>
              {d.rows.map((o) => (
                <tr key={o.id}>
                  <td>{o.year}</td>
                  <th scope="row">{o.objective}</th>
                  <td>{o.deadline}</td>
                  <td>
                    <Form method="post" className="d-flex flex-wrap gap-2 align-items-end">
                      <CsrfField />
                      <input type="hidden" name="intent" value="state" />
                      <input type="hidden" name="id" value={o.id} />
                      <div className="select-wrapper">
                        <label htmlFor={`state-${o.id}`} className="visually-hidden">
                          {t("objectivesAdmin.changeLabel", { objective: o.objective })}
                        </label>
                        <select id={`state-${o.id}`} name="state" defaultValue={o.state}>
                          {d.states.map((s) => (
                            <option key={s.value} value={s.value}>
                              {s.label}
                            </option>
                          ))}
                        </select>
                      </div>
                      <button type="submit" className="btn btn-outline-primary btn-sm">
                        {t("objectivesAdmin.change")}
                      </button>
                    </Form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <h2 className="h4">{t("objectivesAdmin.addHeading")}</h2>
      <Form method="post" noValidate className="mb-5">
        <CsrfField />
        <input type="hidden" name="intent" value="add" />
        {field("year")}
        {field("objective", false, true)}
        {field("intervention", false, true)}
        {field("deadline", true)}
        <div className="select-wrapper mb-4">
          <label htmlFor="obj-state">{t("objectivesAdmin.state")}</label>
          <select id="obj-state" name="state" defaultValue={d.values.state} key={`st-${d.values.state}`} aria-describedby={err.state ? "obj-state-error" : undefined}>
            {d.states.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
          <FieldHelp id="obj-state" error={err.state} />
        </div>
        <button type="submit" className="btn btn-primary">
          {t("objectivesAdmin.add")}
        </button>
      </Form>
    </Page>
  );
}
