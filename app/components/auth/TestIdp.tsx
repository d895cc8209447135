import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Page } from "~/components/layout/Page";

interface LoginData {
  pending: { key: string; sp: string; level: number; profile: string } | null;
  citizens: { key: string; name: string; born: string; code: string }[];
  errors: number[];
}

/** The bundled test IdP's page: choose a test person, a level and the IdP's answer. */
export function TestIdpLogin() {
  const { t } = useTranslation();
  const data = useLoaderData() as LoginData;
  const crumbs = [{ label: t("identity.login.title"), to: "/accedi" }, { label: t("identity.testIdp.title") }];
  if (!data.pending) {
    return (
      <Page title={t("identity.testIdp.title")} breadcrumbs={crumbs} feedback={false}>
        <div className="alert alert-warning" role="alert">
          <p className="mb-0">{t("identity.testIdp.unknownRequest")}</p>
        </div>
      </Page>
    );
  }
  const p = data.pending;
  return (
    <Page title={t("identity.testIdp.title")} lead={t("identity.testIdp.lead")} breadcrumbs={crumbs} feedback={false}>
      <div className="row">
        <div className="col-12 col-lg-8">
          <p>{t("identity.testIdp.requestFrom", { sp: p.sp })}</p>
          <p>{t("identity.testIdp.levelAsked", { level: p.level })}</p>
          <form method="post" action="/test-idp/risposta">
            <input type="hidden" name="richiesta" value={p.key} />
            <fieldset className="mb-4">
              <legend className="h5">{t("identity.testIdp.citizen")}</legend>
              {data.citizens.map((c, i) => (
                <div className="form-check" key={c.key}>
                  <input className="form-check-input" type="radio" name="cittadino" id={`cittadino-${c.key}`} value={c.key} defaultChecked={i === 0} />
                  <label className="form-check-label" htmlFor={`cittadino-${c.key}`}>
                    {t("identity.testIdp.citizenItem", { name: c.name, born: c.born, code: c.code })}
                  </label>
                </div>
              ))}
            </fieldset>
            <fieldset className="mb-4">
              <legend className="h5">{t("identity.testIdp.level")}</legend>
              {[1, 2, 3].map((level) => (
                <div className="form-check" key={level}>
                  <input className="form-check-input" type="radio" name="livello" id={`livello-${level}`} value={level} defaultChecked={level === p.level} />
                  <label className="form-check-label" htmlFor={`livello-${level}`}>
                    {t("identity.testIdp.levelItem", { level })}
                  </label>
                </div>
              ))}
            </fieldset>
            <fieldset className="mb-4">
              <legend className="h5">{t("identity.testIdp.outcome")}</legend>
              <div className="form-check">
                <input className="form-check-input" type="radio" name="esito" id="esito-ok" value="ok" defaultChecked />
                <label className="form-check-label" htmlFor="esito-ok">
                  {t("identity.testIdp.outcomeOk")}
                </label>
              </div>
              {data.errors.map((code) => (
                <div className="form-check" key={code}>
                  <input className="form-check-input" type="radio" name="esito" id={`esito-${code}`} value={code} />
                  <label className="form-check-label" htmlFor={`esito-${code}`}>
                    {t("identity.testIdp.outcomeError", { code: `nr${code}`, text: t(`identity.testIdp.errorsShort.nr${code}`) })}
                  </label>
                </div>
              ))}
            </fieldset>
            <button type="submit" className="btn btn-primary me-3">
              {t("identity.testIdp.submit")}
            </button>
            <button type="submit" name="annulla" value="1" className="btn btn-outline-primary">
              {t("identity.testIdp.cancel")}
            </button>
          </form>
        </div>
      </div>
    </Page>
  );
}

/** A request the test IdP refused (unsigned, badly signed, or against the SPID rules). */
export function TestIdpInvalidRequest() {
  const { t } = useTranslation();
  const loaded = useLoaderData() as { reasons?: string[] } | undefined;
  const posted = useActionData() as { reasons?: string[] } | undefined;
  const data = posted ?? loaded;
  return (
    <Page title={t("identity.testIdp.title")} breadcrumbs={[{ label: t("identity.testIdp.title") }]} feedback={false}>
      <div className="alert alert-danger" role="alert">
        <p>{t("identity.testIdp.invalidRequest")}</p>
        {data?.reasons?.length ? <p className="mb-0">{t("identity.testIdp.invalidReasons", { reasons: data.reasons.join("; ") })}</p> : null}
      </div>
    </Page>
  );
}
