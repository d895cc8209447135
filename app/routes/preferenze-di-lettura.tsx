import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { ReadingPreferencesPage } from "~/components/preferences/ReadingPreferencesPage";
import { pageMeta } from "~/utils/meta";
import { preferencesAction, preferencesLoader } from "~/utils/reading-preferences.server";

export const meta = pageMeta;

export function loader({ request, context }: LoaderFunctionArgs) {
  return preferencesLoader(request, context);
}

export function action({ request, context }: ActionFunctionArgs) {
  return preferencesAction(request, context);
}

export default ReadingPreferencesPage;
