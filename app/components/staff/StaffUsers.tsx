import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Page } from "~/components/layout/Page";
import { CsrfField } from "~/components/ui/CsrfField";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import type { CreateResult, CreateValues, StaffRow, UsersData } from "~/utils/staff-routes.server";
import { RoleFields, StatusMessage, TemporaryPassword, TextField, useErrorTitle } from "./StaffForm";
import { TableScroll } from "~/components/ui/TableScroll";

const EMPTY: CreateValues = { username: "", displayName: "", email: "", roles: [], taxOffice: "", operatorOffices: [] };

export function StaffStatus({ row }: { row: StaffRow }) {
  const { t } = useTranslation();
  const main =
    row.status === "inactive"
      ? t("staff.users.inactive")
      : row.status === "locked"
        ? t("staff.users.locked", { time: row.lockedUntil ?? "" })
        : t("staff.users.active");
  return (
    <>
      <span className={row.status === "active" ? undefined : "fw-semibold"}>{main}</span>
      {row.mustChangePassword ? (
        <>
          <br />
          <span className="small">{t("staff.users.mustChange")}</span>
        </>
      ) : null}
    </>
  );
}

/** The administrator's list of staff accounts and the form to create one. */
export function StaffUsers() {
  const { t } = useTranslation();
  const data = useLoaderData() as UsersData;
  const result = useActionData() as CreateResult | undefined;
  const failed = result && !result.ok ? result : null;
  const errors = failed?.errors ?? {};
  // After a success the form starts empty again; after an error it keeps what was typed.
  const values = failed?.values ?? EMPTY;
  useErrorTitle(failed !== null);
  const title = t("staff.users.title");
  return (
    <Page title={title} lead={t("staff.users.lead")} breadcrumbs={[{ label: t("staff.home.title"), to: "/gestione" }, { label: title }]} feedback={false}>
      {result?.ok ? (
        <>
          <StatusMessage text={t("staff.users.created", { username: result.username })} />
          <TemporaryPassword username={result.username} password={result.temporaryPassword} />
        </>
      ) : null}
      <section className="mb-5" aria-labelledby="staff-list-heading">
        <h2 id="staff-list-heading" className="h3">
          {t("staff.users.listHeading")}
        </h2>
        <TableScroll label={t("staff.users.caption", { count: data.staff.length })}>
          <table className="table" data-testid="staff-table">
            <caption>{t("staff.users.caption", { count: data.staff.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("staff.users.username")}</th>
                <th scope="col">{t("staff.users.name")}</th>
                <th scope="col">{t("staff.users.roles")}</th>
                <th scope="col">{t("staff.users.status")}</th>
                <th scope="col">{t("staff.users.totp")}</th>
              </tr>
            </thead>
            <tbody>
              {data.staff.map((row) => (
                <tr key={row.id}>
                  <th scope="row">
                    <Link to={`/gestione/utenti/${row.id}`} aria-label={t("staff.users.manage", { name: row.username })}>
                      {row.username}
                    </Link>
                  </th>
                  <td>{row.displayName}</td>
                  <td>{row.roles.join(", ")}</td>
                  <td>
                    <StaffStatus row={row} />
                  </td>
                  <td>{row.totpEnrolled ? t("staff.common.yes") : t("staff.common.no")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>
      <section className="mb-5" aria-labelledby="create-heading">
        <div className="row">
          <div className="col-12 col-lg-8">
            <h2 id="create-heading" className="h3">
              {t("staff.users.createHeading")}
            </h2>
            <p>{t("staff.users.createLead")}</p>
            <ErrorSummary errors={errors} title={t("staff.users.createFailed")} />
            {/* A new key after each answer, so the fields show the values of that answer. */}
            <Form method="post" noValidate key={result ? (result.ok ? `ok-${result.staffId}` : "failed") : "new"}>
              <CsrfField />
              <TextField
                id="username"
                label={t("staff.users.username")}
                hint={t("staff.users.usernameHint")}
                autoComplete="off"
                autoCapitalize="none"
                spellCheck={false}
                required
                defaultValue={values.username}
                error={errors.username}
              />
              <TextField id="displayName" label={t("staff.users.name")} autoComplete="off" required defaultValue={values.displayName} error={errors.displayName} />
              <TextField id="email" type="email" label={t("staff.users.email")} autoComplete="off" required defaultValue={values.email} error={errors.email} />
              <RoleFields idPrefix="" values={values} offices={data.offices} error={errors.roles} />
              <button type="submit" className="btn btn-primary">
                {t("staff.users.create")}
              </button>
            </Form>
          </div>
        </div>
      </section>
    </Page>
  );
}
