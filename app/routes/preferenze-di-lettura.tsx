import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { ReadingPreferencesPage } from "~/components/preferences/ReadingPreferencesPage";
import { pageMeta } from "~/utils/meta";
import { preferencesAction, preferencesLoader } from "~/utils/reading-preferences.server";

export const meta = pageMeta;

export function loader({ request }: LoaderFunctionArgs) {
  return preferencesLoader(request);
}

export function action({ request }: ActionFunctionArgs) {
  return preferencesAction(request);
}

export default ReadingPreferencesPage;
