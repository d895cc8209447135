/** The tax calculators' API handlers (issue 5 §4): thin, over the services and the pure request readers. */
import { parseImuRequest } from "~/domain/imu-request";
import { calculateImu, lastRateYear } from "~/services/imu-calculator.server";
import { apiErrors, apiJson, apiPreflight, apiT, readJsonBody } from "./api.server";
import { db } from "./db.server";

function methodNotAllowed(): Response {
  return apiJson({ errore: "Usa il metodo POST con un corpo JSON / Use POST with a JSON body" }, 405, { Allow: "POST, OPTIONS" });
}

/** What a POST-only endpoint answers to the methods Remix sends to its loader (GET, HEAD, OPTIONS). */
export function notPost(request: Request): Response {
  return request.method === "OPTIONS" ? apiPreflight() : methodNotAllowed();
}

export async function imuCalculatorAction(request: Request): Promise<Response> {
  if (request.method === "OPTIONS") return apiPreflight();
  if (request.method !== "POST") return methodNotAllowed();
  const { t, lang } = await apiT(request);
  const read = await readJsonBody(request);
  if (!read.ok) return apiErrors(t, lang, [read.error], read.status);
  const parsed = parseImuRequest(read.body, await lastRateYear(db()));
  if (!parsed.ok) return apiErrors(t, lang, parsed.errors);
  const result = await calculateImu(db(), parsed.year, parsed.properties);
  if (!result.ok) return apiErrors(t, lang, [{ field: "anno", code: "no_rates", params: { year: result.year } }], 422);
  return apiJson(result.answer, 200, { "Content-Language": lang });
}
