/**
 * The owners' editor of a plan objective (/gestione/piano/obiettivi/<code>/responsabili, issue 6 §2):
 * approvers and administrators (`plan.assign_owners`) add an owner (office and person) or remove one;
 * thin handlers over app/services/plan-owners.server.ts. Errors: 400 with the values as typed (the
 * loader puts "Errore: " in the title); changes: post/redirect/get with `?esito=`.
 */
import { type AppLoadContext, data, redirect } from "@remix-run/node";
import { parseId } from "~/domain/ids";
import { addOwner, ownerEditor, removeOwner } from "~/services/plan-owners.server";
import { requireCsrf, requireStaff } from "./auth.server";
import { db } from "./db.server";
import { notFound, requestClock } from "./http.server";
import { getFixedT } from "./i18next.server";
import { requestMeta } from "./request-meta.server";
import { hadErrors, markErrors } from "./staff-routes.server";

export interface OwnerValues {
  office: string;
  staff: string;
  name: string;
  role: string;
}

const EMPTY: OwnerValues = { office: "", staff: "", name: "", role: "" };

export async function ownersLoader(request: Request, code: string | undefined, context?: AppLoadContext) {
  await requireStaff(request, "plan.assign_owners");
  const { t, lang } = await getFixedT(request);
  const found = code ? await ownerEditor(db(), lang, code) : null;
  if (!found) notFound();
  const done = new URL(request.url).searchParams.get("esito");
  return {
    meta: { title: t("planreport:owners.editorTitle", { code: found.objective.code }), hasErrors: hadErrors(context) },
    code: found.objective.code,
    done: done === "aggiunto" || done === "tolto" ? done : null,
    owners: found.owners,
    offices: found.offices,
    staff: found.staff,
    values: EMPTY,
    errors: {} as Record<string, string>,
  };
}

export type OwnersData = Awaited<ReturnType<typeof ownersLoader>>;
export interface OwnersAnswer {
  values: OwnerValues;
  errors: Record<string, string>;
}

export async function ownersAction(request: Request, code: string | undefined, context?: AppLoadContext) {
  const s = await requireStaff(request, "plan.assign_owners");
  const { t } = await getFixedT(request);
  const form = await request.formData();
  await requireCsrf(request, form);
  const text = (k: string) => String(form.get(k) ?? "");
  const here = `/gestione/piano/obiettivi/${encodeURIComponent(code ?? "")}/responsabili`;
  const { now } = requestClock();
  if (text("intent") === "add") {
    const values: OwnerValues = { office: text("office"), staff: text("staff"), name: text("name"), role: text("role") };
    const result = await addOwner(db(), s.staff.id, code ?? "", values, now, requestMeta(request));
    if (!result.ok && "notFound" in result) notFound();
    if (!result.ok) {
      markErrors(context);
      const errors = Object.fromEntries(Object.entries(result.errors).map(([field, key]) => [field, t(`planreport:owners.errors.${key}`)]));
      return data({ values, errors } satisfies OwnersAnswer, { status: 400 });
    }
    return redirect(`${here}?esito=aggiunto`, 303);
  }
  if (text("intent") === "remove") {
    const id = parseId(form.get("owner"));
    if (id === null || !(await removeOwner(db(), s.staff.id, code ?? "", id, now, requestMeta(request))).ok) notFound();
    return redirect(`${here}?esito=tolto`, 303);
  }
  return data({ values: EMPTY, errors: {} } satisfies OwnersAnswer, { status: 400 });
}
