import { contentSecurityPolicy, originOf } from "~/domain/csp";

const escape = (v: string) => v.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

export interface AutoPostPage {
  action: string;
  fields: Record<string, string>;
  lang: string;
  title: string;
  text: string;
  button: string;
  /** The skip link's text (every page of the desk starts with one). */
  skip: string;
}

/**
 * The HTTP-POST binding's page: a form that sends the SAML message to the other party, submitted by
 * a script file as soon as it loads, with a visible button for readers without JavaScript. A page of
 * its own (no header, no app bundle): it is on screen for a moment only, but it is still a proper,
 * accessible document with a language, a title, a main landmark and a heading.
 */
export function autoPostResponse(page: AutoPostPage): Response {
  const inputs = Object.entries(page.fields)
    .map(([name, value]) => `<input type="hidden" name="${escape(name)}" value="${escape(value)}">`)
    .join("");
  const html =
    `<!doctype html><html lang="${escape(page.lang)}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(page.title)}</title>` +
    `<style>body{font-family:"Titillium Web",Geeks,sans-serif;margin:2rem;color:#1a1a1a}button{font:inherit;font-size:1.125rem;padding:.75rem 1.5rem;min-height:48px;background:#004080;color:#fff;border:0;border-radius:4px}button:focus,a:focus{outline:3px solid #ff9900;outline-offset:2px}.skip{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap}.skip:focus{position:static;width:auto;height:auto;clip:auto;display:inline-block;padding:.75rem 1rem}</style>` +
    `</head><body><a class="skip" href="#main-content">${escape(page.skip)}</a><main id="main-content" tabindex="-1"><h1>${escape(page.title)}</h1><p>${escape(page.text)}</p>` +
    `<form id="saml-autopost" method="post" action="${escape(page.action)}">${inputs}<button type="submit">${escape(page.button)}</button></form>` +
    `</main><script src="/js/autosubmit.js"></script></body></html>`;
  const target = originOf(page.action);
  return new Response(html, {
    status: 200,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "no-store",
      "Content-Security-Policy": contentSecurityPolicy({ formTargets: target ? [target] : [] }),
    },
  });
}
