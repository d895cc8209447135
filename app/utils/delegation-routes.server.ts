/** /area-personale/deleghe: parse the forms, call the delegations service, answer. */
import { data, redirect } from "@remix-run/node";
import { parseDayInput, todayInItaly } from "~/domain/dates";
import { parseId } from "~/domain/ids";
import type { ActingFor } from "~/domain/principal";
import { listServiceCards } from "~/models/service.server";
import { grantDelegation, listGiven, listReceived, revokeDelegation, startActingFor, stopActingFor } from "~/services/delegations.server";
import { requireCitizen, requireCitizenSelf, requireCsrf, stashForm, takeStashedForm, updateSession } from "./auth.server";
import { db } from "./db.server";
import { getFixedT } from "./i18next.server";
import { requestMeta } from "./request-meta.server";


const NOTICES = ["granted", "revoked", "acting", "stopped"] as const;

export async function delegationsLoader(request: Request) {
  const principal = await requireCitizen(request);
  const { t, lang } = await getFixedT(request);
  const self = principal.citizen.fiscalCode;
  const [given, received, services] = await Promise.all([
    listGiven(db(), self, lang, todayInItaly()),
    listReceived(db(), self, lang, todayInItaly()),
    listServiceCards(db(), lang),
  ]);
  const notice = new URL(request.url).searchParams.get("esito");
  const stashed = await takeStashedForm<Record<string, string | string[]>>(request);
  const page = {
    meta: { title: t("identity.delegations.title"), hasErrors: stashed !== null },
    given,
    received,
    services: services.map((s) => ({ id: s.id, title: s.title })),
    acting: principal.actingFor,
    notice: (NOTICES as readonly string[]).includes(notice ?? "") ? notice : null,
    values: stashed?.values ?? null,
    errors: stashed?.errors ?? {},
  };
  return stashed ? data(page, { status: 400 }) : page;
}

const FIELD_OF: Record<string, string> = {
  "grantee.invalid": "grantee",
  "grantee.self": "grantee",
  "services.empty": "services",
  "dates.invalid": "validFrom",
  "dates.past": "validFrom",
  "dates.order": "validUntil",
  "dates.tooLong": "validUntil",
  "dates.overlap": "validFrom",
};

export async function delegationsAction(request: Request) {
  // Logged in first: an expired session is sent to log in again, not told it has no permission.
  await requireCitizen(request);
  const form = await request.formData();
  await requireCsrf(request, form);
  const intent = String(form.get("intent") ?? "");
  const meta = requestMeta(request);

  if (intent === "act" || intent === "stop") {
    const principal = await requireCitizen(request);
    const grantee = { citizenId: principal.citizen.id, fiscalCode: principal.citizen.fiscalCode };
    if (intent === "stop") {
      if (principal.actingFor) await stopActingFor(db(), { grantee, delegationId: principal.actingFor.delegationId, reason: "chosen" }, meta);
      const cookie = await updateSession(request, (s) => s.unset("actingFor"));
      return redirect("/area-personale/deleghe?esito=stopped", { status: 303, headers: { "Set-Cookie": cookie } });
    }
    const delegationId = parseId(form.get("delegation"));
    const started = delegationId === null ? { ok: false as const } : await startActingFor(db(), { grantee, delegationId }, meta, todayInItaly());
    if (!started.ok) throw data({ reason: "forbidden" }, { status: 403 });
    const acting: ActingFor = { delegationId: started.delegationId, grantorFiscalCode: started.grantorFiscalCode, grantorName: started.grantorName };
    const cookie = await updateSession(request, (s) => s.set("actingFor", acting));
    return redirect("/area-personale?esito=acting", { status: 303, headers: { "Set-Cookie": cookie } });
  }

  // Granting and revoking are for the person themselves, never for a delegate acting for them.
  const principal = await requireCitizenSelf(request);
  const grantor = { citizenId: principal.citizen.id, fiscalCode: principal.citizen.fiscalCode };
  if (intent === "revoke") {
    const delegationId = parseId(form.get("delegation"));
    if (delegationId !== null) await revokeDelegation(db(), { grantor, delegationId }, meta);
    return redirect("/area-personale/deleghe?esito=revoked", 303);
  }

  const values = {
    grantee: String(form.get("grantee") ?? ""),
    scope: form.get("scope") === "services" ? "services" : "all",
    services: form.getAll("services").map(String),
    validFrom: String(form.get("validFrom") ?? ""),
    validUntil: String(form.get("validUntil") ?? ""),
  };
  const validFrom = parseDayInput(values.validFrom);
  const validUntil = parseDayInput(values.validUntil);
  const result = await grantDelegation(
    db(),
    {
      grantor,
      granteeFiscalCode: values.grantee,
      scope: values.scope as "all" | "services",
      serviceIds: values.services.map(parseId).filter((id): id is number => id !== null),
      // An unreadable date becomes the domain's "dates.invalid".
      validFrom: validFrom ?? "invalid",
      validUntil: validUntil ?? "invalid",
    },
    meta,
    todayInItaly(),
  );
  if (result.ok) return redirect("/area-personale/deleghe?esito=granted", 303);
  const errors: Record<string, string> = {};
  for (const code of result.errors) {
    const field = FIELD_OF[code] ?? "grantee";
    errors[field] ??= `identity.delegations.errors.${code}`;
  }
  const cookie = await stashForm(request, { path: new URL(request.url).pathname, values, errors });
  return redirect("/area-personale/deleghe", { status: 303, headers: { "Set-Cookie": cookie } });
}
