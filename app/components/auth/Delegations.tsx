import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Page } from "~/components/layout/Page";
import { CsrfField } from "~/components/ui/CsrfField";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import type { DelegationView } from "~/services/delegations.server";
import { formatDate } from "~/utils/format";
import { TableScroll } from "~/components/ui/TableScroll";

interface DelegationsData {
  given: DelegationView[];
  received: DelegationView[];
  services: { id: number; title: string }[];
  acting: { delegationId: number; grantorName: string | null; grantorFiscalCode: string } | null;
  notice: string | null;
  values: null | { grantee?: string; scope?: string; services?: string[]; validFrom?: string; validUntil?: string };
  errors: Record<string, string>;
}

function FieldError({ id, error }: { id: string; error?: string }) {
  const { t } = useTranslation();
  return error ? (
    <div className="form-feedback just-validate-error-label d-block text-danger" id={`${id}-error`}>
      {t(error)}
    </div>
  ) : null;
}

/** Delegations given and received, a form to give one, and "act for" the people who delegated you. */
export function Delegations() {
  const { t, i18n } = useTranslation();
  const d = useLoaderData() as DelegationsData;
  const v = d.values ?? {};
  const e = d.errors;
  const lang = i18n.language;
  const who = (x: DelegationView) => x.otherName ?? x.otherFiscalCode;
  const period = (x: DelegationView) => t("identity.delegations.from", { from: formatDate(x.validFrom, lang), until: formatDate(x.validUntil, lang) });
  const scope = (x: DelegationView) => (x.scope === "all" ? t("identity.delegations.allServices") : x.services.map((s) => s.title).join(", "));
  const describedBy = (id: string, hint?: boolean) => [hint ? `${id}-hint` : null, e[id] ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;

  const table = (rows: DelegationView[], kind: "given" | "received") => (
    <TableScroll label={t(kind === "given" ? "identity.delegations.givenHeading" : "identity.delegations.receivedHeading")}>
      <table className="table">
        <caption className="visually-hidden">{t(kind === "given" ? "identity.delegations.givenHeading" : "identity.delegations.receivedHeading")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("identity.delegations.person")}</th>
            <th scope="col">{t("identity.delegations.scopeCol")}</th>
            <th scope="col">{t("identity.delegations.period")}</th>
            <th scope="col">{t("identity.delegations.statusCol")}</th>
            <th scope="col">{t("identity.delegations.actions")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((x) => (
            <tr key={x.id}>
              <th scope="row">
                {who(x)}
                <br />
                <span className="small font-monospace">{x.otherFiscalCode}</span>
              </th>
              <td>{scope(x)}</td>
              <td>{period(x)}</td>
              <td>{t(`identity.delegations.status.${x.status}`)}</td>
              <td>
                {x.status === "active" || x.status === "future" ? (
                  <form method="post">
                    <CsrfField />
                    <input type="hidden" name="delegation" value={x.id} />
                    {kind === "given" ? (
                      <button type="submit" name="intent" value="revoke" className="btn btn-outline-danger btn-sm" disabled={d.acting !== null} aria-label={t("identity.delegations.revokeLabel", { name: who(x) })}>
                        {t("identity.delegations.revoke")}
                      </button>
                    ) : x.status === "active" && d.acting?.delegationId !== x.id ? (
                      <button type="submit" name="intent" value="act" className="btn btn-primary btn-sm">
                        {t("identity.delegations.actFor", { name: who(x) })}
                      </button>
                    ) : null}
                  </form>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );

  return (
    <Page title={t("identity.delegations.title")} lead={t("identity.delegations.lead")} breadcrumbs={[{ label: t("personalArea.title"), to: "/area-personale" }, { label: t("identity.delegations.title") }]} feedback={false}>
      <div className="row">
        <div className="col-12 col-lg-10">
          {d.notice ? (
            <div className="alert alert-success" role="status">
              <p className="mb-0">{t(`identity.delegations.${d.notice as "granted" | "revoked" | "acting" | "stopped"}`, { name: d.acting?.grantorName ?? d.acting?.grantorFiscalCode ?? "" })}</p>
            </div>
          ) : null}
          {d.acting ? (
            <div className="alert alert-warning" role="status">
              <p>{t("identity.area.actingFor", { name: d.acting.grantorName ?? d.acting.grantorFiscalCode, code: d.acting.grantorFiscalCode })}</p>
              <form method="post">
                <CsrfField />
                <button type="submit" name="intent" value="stop" className="btn btn-outline-primary btn-sm">
                  {t("identity.area.stopActing")}
                </button>
              </form>
            </div>
          ) : null}

          <section className="mb-5" aria-labelledby="received-heading">
            <h2 id="received-heading" className="h3">
              {t("identity.delegations.receivedHeading")}
            </h2>
            {d.received.length ? table(d.received, "received") : <p>{t("identity.delegations.noneReceived")}</p>}
          </section>

          <section className="mb-5" aria-labelledby="given-heading">
            <h2 id="given-heading" className="h3">
              {t("identity.delegations.givenHeading")}
            </h2>
            {d.given.length ? table(d.given, "given") : <p>{t("identity.delegations.noneGiven")}</p>}
          </section>

          <section className="mb-5" aria-labelledby="new-heading">
            <h2 id="new-heading" className="h3">
              {t("identity.delegations.newHeading")}
            </h2>
            {d.acting ? (
              <p>{t("identity.delegations.notAllowedWhileActing")}</p>
            ) : (
              <form method="post" noValidate>
                <CsrfField />
                <ErrorSummary errors={e} title={t("identity.delegations.errorSummary")} />
                <div className="form-group mb-4">
                  <label htmlFor="grantee" className="active">
                    {t("identity.delegations.grantee")}
                  </label>
                  <p className="form-text small" id="grantee-hint">
                    {t("identity.delegations.granteeHint")}
                  </p>
                  <input
                    type="text"
                    id="grantee"
                    name="grantee"
                    className={`form-control font-monospace${e.grantee ? " is-invalid" : ""}`}
                    defaultValue={v.grantee ?? ""}
                    autoComplete="off"
                    spellCheck={false}
                    maxLength={20}
                    aria-invalid={e.grantee ? true : undefined}
                    aria-describedby={describedBy("grantee", true)}
                  />
                  <FieldError id="grantee" error={e.grantee} />
                </div>
                <fieldset className="mb-4" id="services" aria-describedby={describedBy("services")}>
                  <legend className="h6">{t("identity.delegations.scope")}</legend>
                  <div className="form-check">
                    <input className="form-check-input" type="radio" name="scope" id="scope-all" value="all" defaultChecked={v.scope !== "services"} />
                    <label className="form-check-label" htmlFor="scope-all">
                      {t("identity.delegations.scopeAll")}
                    </label>
                  </div>
                  <div className="form-check">
                    <input className="form-check-input" type="radio" name="scope" id="scope-services" value="services" defaultChecked={v.scope === "services"} />
                    <label className="form-check-label" htmlFor="scope-services">
                      {t("identity.delegations.scopeServices")}
                    </label>
                  </div>
                  <FieldError id="services" error={e.services} />
                  <details className="mt-2" open={v.scope === "services"}>
                    <summary>{t("identity.delegations.services")}</summary>
                    {d.services.map((s) => (
                      <div className="form-check" key={s.id}>
                        <input className="form-check-input" type="checkbox" name="services" id={`service-${s.id}`} value={s.id} defaultChecked={v.services?.includes(String(s.id))} />
                        <label className="form-check-label" htmlFor={`service-${s.id}`}>
                          {s.title}
                        </label>
                      </div>
                    ))}
                  </details>
                </fieldset>
                {(["validFrom", "validUntil"] as const).map((field) => (
                  <div className="form-group mb-4" key={field}>
                    <label htmlFor={field} className="active">
                      {t(`identity.delegations.${field}`)}
                    </label>
                    <p className="form-text small" id={`${field}-hint`}>
                      {t("identity.delegations.dateHint")}
                    </p>
                    <input
                      type="text"
                      inputMode="numeric"
                      id={field}
                      name={field}
                      className={`form-control${e[field] ? " is-invalid" : ""}`}
                      defaultValue={v[field] ?? ""}
                      autoComplete="off"
                      aria-invalid={e[field] ? true : undefined}
                      aria-describedby={describedBy(field, true)}
                    />
                    <FieldError id={field} error={e[field]} />
                  </div>
                ))}
                <button type="submit" name="intent" value="grant" className="btn btn-primary">
                  {t("identity.delegations.submit")}
                </button>
              </form>
            )}
          </section>
        </div>
      </div>
    </Page>
  );
}
