import { getFixedT } from "./i18next.server";

/** Loader of pages whose content is all in the locales: it only translates the title. */
export async function titleOnlyLoader(request: Request, titleKey: string) {
  const { t } = await getFixedT(request);
  return { meta: { title: t(titleKey) } };
}
