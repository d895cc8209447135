/** The tax calculators' API handlers (issue 5 §4): thin, over the services and the pure request readers. */
import { parseImuRequest } from "~/domain/imu-request";
import { parseTariRequest } from "~/domain/tari-request";
import { findTariYear, tariYearRange } from "~/models/tari-tariff.server";
import { calculateImu, lastRateYear } from "~/services/imu-calculator.server";
import { calculateTari, tariffsAnswer } from "~/services/tari-calculator.server";
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

export async function tariCalculatorAction(request: Request): Promise<Response> {
  if (request.method === "OPTIONS") return apiPreflight();
  if (request.method !== "POST") return methodNotAllowed();
  const { t, lang } = await apiT(request);
  const read = await readJsonBody(request);
  if (!read.ok) return apiErrors(t, lang, [read.error], read.status);
  const range = await tariYearRange(db());
  const parsed = parseTariRequest(read.body, { from: range?.first ?? 0, to: range?.last ?? 0 });
  if (!parsed.ok) return apiErrors(t, lang, parsed.errors);
  const result = await calculateTari(db(), parsed.year, parsed.accounts);
  if (!result.ok && result.reason === "no_tariffs") return apiErrors(t, lang, [{ field: "anno", code: "no_tariffs", params: { year: result.year } }], 422);
  if (!result.ok) return apiErrors(t, lang, (result.indexes ?? []).map((i) => ({ field: `utenze[${i}]`, code: "no_tariffs", params: { year: result.year } })), 422);
  return apiJson(result.answer, 200, { "Content-Language": lang });
}

/** GET /api/v1/tari/tariffe?anno=2024 */
export async function tariTariffsLoader(request: Request): Promise<Response> {
  if (request.method === "OPTIONS") return apiPreflight();
  const { t, lang } = await apiT(request);
  const range = await tariYearRange(db());
  const raw = new URL(request.url).searchParams.get("anno");
  const year = raw === null ? (range?.last ?? 0) : /^\d{4}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!range || !Number.isInteger(year) || year < range.first || year > range.last) {
    return apiErrors(t, lang, [{ field: "anno", code: "year_out_of_range", params: { from: range?.first ?? 0, to: range?.last ?? 0 } }]);
  }
  const found = await findTariYear(db(), year);
  if (!found) return apiErrors(t, lang, [{ field: "anno", code: "no_tariffs", params: { year } }], 404);
  return apiJson(tariffsAnswer(found), 200, { "Content-Language": lang });
}
