import { type ActionFunctionArgs, redirect } from "@remix-run/node";
import { isLanguage } from "~/utils/i18n";
import { languageCookie } from "~/utils/i18next.server";

/** The language switch: a plain form post, so it works without JavaScript; the choice is kept in a cookie. */
export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const lang = form.get("lang");
  const returnTo = String(form.get("returnTo") ?? "/");
  // Only paths of this site: never an open redirect.
  const safe = returnTo.startsWith("/") && !returnTo.startsWith("//") ? returnTo : "/";
  const target = new URL(safe, "http://local");
  target.searchParams.delete("lang");
  const location = `${target.pathname}${target.search}`;
  if (!isLanguage(lang)) return redirect(location, 303);
  return redirect(location, { status: 303, headers: { "Set-Cookie": await languageCookie.serialize(lang) } });
}

export function loader() {
  return redirect("/");
}
