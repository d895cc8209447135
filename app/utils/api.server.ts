/**
 * The public JSON API's plumbing (issue 5 §4): CORS for other sites' pages (CAF tools, the comune's
 * own site), a bounded JSON body, the reader's language from Accept-Language (Italian unless the
 * first choice is English), field errors translated, nothing cached. The API reads no session or
 * cookie, which is why the HTTP server lets other origins POST to it (app/domain/csp.ts).
 */
import type { TFunction } from "i18next";
import type { FieldError } from "~/domain/imu-request";
import type { Language } from "./i18n";
import { remixI18next } from "./i18next.server";

const MAX_BODY_BYTES = 256 * 1024;

const HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "POST, GET, OPTIONS",
  "Access-Control-Allow-Headers": "Content-Type, Accept-Language",
  "Access-Control-Max-Age": "86400",
  "Cache-Control": "no-store",
  Vary: "Accept-Language",
};

export function apiLanguage(request: Request): Language {
  const first = (request.headers.get("accept-language") ?? "").split(",")[0]?.trim().toLowerCase() ?? "";
  return first.startsWith("en") ? "en" : "it";
}

export async function apiT(request: Request): Promise<{ t: TFunction; lang: Language }> {
  const lang = apiLanguage(request);
  return { t: await remixI18next.getFixedT(lang), lang };
}

export function apiJson(body: unknown, status = 200, extra: Record<string, string> = {}): Response {
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { status, headers: { ...HEADERS, "Content-Type": "application/json; charset=utf-8", "Content-Language": extra["Content-Language"] ?? "it", ...extra } });
}

/** The answer to a CORS preflight. */
export function apiPreflight(): Response {
  return new Response(null, { status: 204, headers: HEADERS });
}

/** A 400 with every field error in the reader's language: `{ errore, errori: [{ campo, codice, messaggio }] }`. */
export function apiErrors(t: TFunction, lang: Language, errors: FieldError[], status = 400): Response {
  return apiJson(
    {
      errore: t("tax:api.errors.title"),
      errori: errors.map((e) => ({ campo: e.field, codice: e.code, messaggio: t(`tax:api.errors.${e.code}`, e.params ?? {}) })),
    },
    status,
    { "Content-Language": lang },
  );
}

/** Reads the JSON body within the size limit; a FieldError on "" when it is too big or not JSON. */
export async function readJsonBody(request: Request): Promise<{ ok: true; body: unknown } | { ok: false; error: FieldError; status: number }> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) return { ok: false, error: { field: "", code: "too_large", params: { max: MAX_BODY_BYTES / 1024 } }, status: 413 };
  const reader = request.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > MAX_BODY_BYTES) {
        await reader.cancel();
        return { ok: false, error: { field: "", code: "too_large", params: { max: MAX_BODY_BYTES / 1024 } }, status: 413 };
      }
      chunks.push(value);
    }
  }
  try {
    return { ok: true, body: JSON.parse(Buffer.concat(chunks).toString("utf8")) };
  } catch {
    return { ok: false, error: { field: "", code: "not_json" }, status: 400 };
  }
}
