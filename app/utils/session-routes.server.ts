/** /sessione: how long the session has left (read-only), and "continue the session" (WCAG 2.2.1). */
import { redirect } from "@remix-run/node";
import { safeReturnPath } from "~/domain/principal";
import { sessionTimeLeft } from "~/services/session-store.server";
import { getAuth, requireCsrf } from "./auth.server";
import { db } from "./db.server";
import { sessionCookie, sessionPolicy } from "./session.server";

export async function sessionLoader(request: Request): Promise<Response> {
  const id = (await sessionCookie().parse(request.headers.get("Cookie"))) as string | null;
  const left = typeof id === "string" ? await sessionTimeLeft(db(), id, sessionPolicy()) : null;
  return Response.json({ secondsLeft: left ?? 0, warnBeforeSeconds: sessionPolicy().warnBeforeSeconds }, { headers: { "Cache-Control": "no-store" } });
}

/** Reading the session counts as activity: a POST with the session's token is all "continue" needs. */
export async function sessionAction(request: Request): Promise<Response> {
  const form = await request.formData();
  const auth = await getAuth(request);
  if (auth.principal.kind === "anonymous") return redirect("/accedi?esito=scaduta", 303);
  await requireCsrf(request, form);
  const wantsJson = request.headers.get("Accept")?.includes("application/json");
  if (wantsJson) return Response.json({ secondsLeft: sessionPolicy().idleSeconds }, { headers: { "Cache-Control": "no-store" } });
  return redirect(safeReturnPath(String(form.get("ritorno") ?? ""), "/area-personale"), 303);
}
