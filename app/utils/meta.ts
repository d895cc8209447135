import type { MetaDescriptor } from "@remix-run/node";
import type { RootData } from "./root-data";

/** What each page loader returns for its <title> and description, already translated on the server. */
export interface PageMeta {
  title: string;
  description?: string;
  /** True when the page shows a form with errors: the title then starts with "Errore: ". */
  hasErrors?: boolean;
}

interface MetaArgs {
  data: unknown;
  matches: ReadonlyArray<{ id: string; data: unknown } | undefined>;
  error?: unknown;
}

/**
 * Titles read "Page – Sportello telematico – Comune di X" (unique and descriptive, WCAG 2.4.2).
 * Used as every route's `meta` export.
 */
export function pageMeta({ data, matches, error }: MetaArgs): MetaDescriptor[] {
  const root = matches.find((m) => m?.id === "root")?.data as RootData | undefined;
  const meta = (data as { meta?: PageMeta } | undefined)?.meta;
  const site = root ? `${root.strings.siteName} – ${root.comune.name}` : "";
  if (error || !meta) {
    const status = (error as { status?: number } | undefined)?.status;
    const title =
      status === 404
        ? root?.strings.notFound
        : status === 403
          ? root?.strings.forbidden
          : status !== undefined && status >= 400 && status < 500
            ? root?.strings.badRequest
            : root?.strings.serverError;
    return [{ title: [title, site].filter(Boolean).join(" – ") }];
  }
  const title = `${meta.hasErrors && root ? root.strings.errorPrefix : ""}${meta.title} – ${site}`;
  const out: MetaDescriptor[] = [{ title }];
  if (meta.description) out.push({ name: "description", content: meta.description });
  return out;
}
