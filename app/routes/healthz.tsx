import { checkHealth } from "~/services/health.server";
import { db } from "~/utils/db.server";

/** Liveness and readiness for the load balancer: 200 when the database answers, 503 when it does not. */
export async function loader() {
  const health = await checkHealth(db());
  return Response.json(health, {
    status: health.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
