import { type ActionFunctionArgs, data, type LoaderFunctionArgs, redirect } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Page } from "~/components/layout/Page";
import { Feedback } from "~/components/ui/Feedback";
import { pagePathOf } from "~/domain/feedback-reasons";
import { recordFeedback, validateFeedback } from "~/services/feedback.server";
import { getFixedT } from "~/utils/i18next.server";
import { pageMeta } from "~/utils/meta";
import { db } from "~/utils/db.server";

export const meta = pageMeta;

const FORM_FIELDS = ["page", "rating", "reasonPositive", "reasonNegative", "comment"] as const;

/**
 * A plain visit shows the rating component for the home page. After a script-less submission with
 * errors the action sends the reader here with what they chose in the query (post/redirect/get): the
 * answers are checked again and the errors shown, with status 400 and "Errore: " in the title.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const { t } = await getFixedT(request);
  const query = new URL(request.url).searchParams;
  if (query.get("errore") !== "1") {
    return { errors: null, values: {}, meta: { title: t("feedback.pageTitle") } };
  }
  const values = Object.fromEntries(FORM_FIELDS.flatMap((f) => (query.has(f) ? [[f, query.get(f) ?? ""]] : [])));
  const check = validateFeedback(values);
  const errors = check.ok ? { form: "feedback.errors.generic" } : check.errors;
  return data({ errors, values, meta: { title: t("feedback.errorSummary"), hasErrors: true } }, { status: 400 });
}

/**
 * Answers of the rating component. With JavaScript (a fetcher) the result comes back as data; without
 * it, success goes back to the rated page and an error to this page's loader.
 */
export async function action({ request }: ActionFunctionArgs) {
  const { lang } = await getFixedT(request);
  const form = Object.fromEntries([...(await request.formData()).entries()].map(([k, v]) => [k, String(v)]));
  const result = await recordFeedback(db(), form, lang);
  if (form._js === "1") return result.ok ? { ok: true as const } : data({ ok: false as const, errors: result.errors }, { status: 400 });
  if (result.ok) return redirect(`${pagePathOf(form.page ?? "/")}?valutazione=grazie#feedback`, 303);
  const query = new URLSearchParams({ errore: "1" });
  for (const f of FORM_FIELDS) if (form[f]) query.set(f, form[f]);
  return redirect(`/valutazione?${query}#feedback`, 303);
}

export default function FeedbackErrorPage() {
  const { errors, values } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const back = pagePathOf((values as Record<string, string>).page ?? "/");
  const title = errors ? t("feedback.errorSummary") : t("feedback.pageTitle");
  return (
    <Page title={title} breadcrumbs={[{ label: title }]} feedback={false}>
      <p>
        <Link to={back}>{t("feedback.backToPage")}</Link>
      </p>
      <Feedback page={back} errors={errors ?? undefined} values={values} />
    </Page>
  );
}
