import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { SpidButton } from "~/components/auth/SpidButton";
import { Page } from "~/components/layout/Page";
import { shuffle } from "~/domain/idp-list";
import { safeReturnPath } from "~/domain/principal";
import { cieIdp, spidChoices } from "~/services/identity-config.server";
import { getPrincipal } from "~/utils/auth.server";
import { getFixedT } from "~/utils/i18next.server";
import { pageMeta } from "~/utils/meta";
import { config } from "~/utils/saml-routes.server";

export const meta = pageMeta;

const NOTICES = {
  uscito: "identity.flash.loggedOut",
  "uscito-parziale": "identity.logout.idpFailed",
  scaduta: "identity.session.expiredNotice",
  "scaduta-bozza": "identity.session.expiredDraftSaved",
} as const;

export async function loader({ request }: LoaderFunctionArgs) {
  const { t } = await getFixedT(request);
  const url = new URL(request.url);
  const cfg = await config(request);
  const principal = await getPrincipal(request);
  const notice = url.searchParams.get("esito");
  const error = url.searchParams.get("errore");
  const level = Number(url.searchParams.get("livello"));
  return {
    meta: { title: t("identity.login.title"), description: t("identity.login.lead") },
    returnTo: safeReturnPath(url.searchParams.get("ritorno")),
    level: level >= 1 && level <= 3 ? level : null,
    spid: cfg.sp.spid.enabled ? shuffle(spidChoices(cfg, t("identity.login.testIdpName"))) : null,
    cie: cfg.sp.cie.enabled && cieIdp(cfg) !== undefined,
    demo: cfg.testIdp.enabled,
    loggedInAs: principal.kind === "citizen" ? `${principal.citizen.givenName} ${principal.citizen.familyName}` : null,
    notice: notice && Object.hasOwn(NOTICES, notice) ? t(NOTICES[notice as keyof typeof NOTICES]) : null,
    error: error === "disabled" || error === "unknown_idp" ? t("identity.login.disabled", { method: "SPID/CIE" }) : null,
  };
}

export default function Accedi() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>();
  return (
    <Page title={t("identity.login.title")} lead={t("identity.login.lead")} breadcrumbs={[{ label: t("identity.login.title") }]} feedback={false}>
      <div className="row">
        <div className="col-12 col-lg-8">
          {data.notice ? (
            <div className="alert alert-info" role="status">
              <p className="mb-0">{data.notice}</p>
            </div>
          ) : null}
          {data.error ? (
            <div className="alert alert-danger" role="alert">
              <p className="mb-0">{data.error}</p>
            </div>
          ) : null}
          {data.loggedInAs ? (
            <div className="alert alert-success" role="status">
              <p>{t("identity.login.alreadyIn", { name: data.loggedInAs })}</p>
              <Link to="/area-personale" className="btn btn-primary">
                {t("identity.login.goToArea")}
              </Link>
            </div>
          ) : null}
          {data.level ? <p className="lead">{t("identity.login.levelNeeded", { level: data.level })}</p> : null}
          {data.demo ? (
            <div className="callout note">
              <div className="callout-title">{t("identity.login.demoTitle")}</div>
              <p>{t("identity.login.demoNotice")}</p>
            </div>
          ) : null}

          <section className="mb-5" aria-labelledby="spid-heading">
            <h2 id="spid-heading" className="h3">
              {t("identity.login.spidHeading")}
            </h2>
            <p>{t("identity.login.spidText")}</p>
            {data.spid ? (
              <SpidButton idps={data.spid} returnTo={data.returnTo} level={data.level ?? undefined} />
            ) : (
              <p>{t("identity.login.disabled", { method: "SPID" })}</p>
            )}
          </section>

          <section className="mb-5" aria-labelledby="cie-heading">
            <h2 id="cie-heading" className="h3">
              {t("identity.login.cieHeading")}
            </h2>
            <p>{t("identity.login.cieText")}</p>
            {data.cie ? (
              <form method="post" action="/cie/login">
                <input type="hidden" name="ritorno" value={data.returnTo} />
                {data.level ? <input type="hidden" name="livello" value={data.level} /> : null}
                <button type="submit" className="btn btn-primary">
                  {t("identity.login.cieButton")}
                </button>
              </form>
            ) : (
              <p>{t("identity.login.disabled", { method: "CIE" })}</p>
            )}
            <p className="mt-3">
              <a href="https://www.cartaidentita.interno.gov.it/cittadini/entra-con-cie/">{t("identity.login.cieMoreInfo")}</a>
            </p>
          </section>

          <section className="mb-5" aria-labelledby="staff-heading">
            <h2 id="staff-heading" className="h4">
              {t("identity.login.staffHeading")}
            </h2>
            <p>
              <Link to="/gestione/accedi">{t("identity.login.staffLink")}</Link>
            </p>
          </section>
        </div>
      </div>
    </Page>
  );
}
