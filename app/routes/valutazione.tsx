import { type ActionFunctionArgs, data, redirect } from "@remix-run/node";
import { Link, useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Page } from "~/components/layout/Page";
import { Feedback } from "~/components/ui/Feedback";
import { pagePathOf } from "~/domain/feedback-reasons";
import { recordFeedback } from "~/services/feedback.server";
import { getFixedT } from "~/utils/i18next.server";
import { pageMeta } from "~/utils/meta";
import { db } from "~/utils/db.server";

export const meta = pageMeta;

export function loader() {
  return redirect("/");
}

/**
 * Answers of the rating component. With JavaScript (a fetcher) the result comes back as data; without
 * it, success goes back to the rated page and an error shows this page with everything the reader chose.
 */
export async function action({ request }: ActionFunctionArgs) {
  const { t, lang } = await getFixedT(request);
  const form = Object.fromEntries([...(await request.formData()).entries()].map(([k, v]) => [k, String(v)]));
  const result = await recordFeedback(db(), form, lang);
  const viaScript = form._js === "1";
  if (result.ok) {
    if (viaScript) return { ok: true as const };
    return redirect(`${pagePathOf(form.page ?? "/")}?valutazione=grazie#feedback`, 303);
  }
  return data(
    { ok: false as const, errors: result.errors, values: result.values, meta: { title: t("feedback.errorSummary"), hasErrors: true } },
    { status: 400 },
  );
}

export default function FeedbackErrorPage() {
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  const values = result && !result.ok ? result.values : {};
  const back = pagePathOf(values.page ?? "/");
  return (
    <Page title={t("feedback.errorSummary")} breadcrumbs={[{ label: t("feedback.errorSummary") }]} feedback={false}>
      <p>
        <Link to={back}>{t("errors.goHome")}</Link>
      </p>
      <Feedback page={back} errors={result && !result.ok ? result.errors : undefined} values={values} />
    </Page>
  );
}
