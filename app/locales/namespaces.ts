import appointmentsEn from "./appointments.en";
import appointmentsIt from "./appointments.it";
import catalogueEn from "./catalogue.en";
import catalogueIt from "./catalogue.it";
import deskEn from "./desk.en";
import deskIt from "./desk.it";
import finesEn from "./fines.en";
import finesIt from "./fines.it";
import formsEn from "./forms.en";
import formsIt from "./forms.it";
import pagesEn from "./pages.en";
import pagesIt from "./pages.it";
import taxEn from "./tax.en";
import taxIt from "./tax.it";
import calcEn from "./calc.en";
import calcIt from "./calc.it";
import taxofficeEn from "./taxoffice.en";
import taxofficeIt from "./taxoffice.it";
import planEn from "./plan.en";
import planIt from "./plan.it";
import metricsEn from "./metrics.en";
import plandashEn from "./plandash.en";
import plandashIt from "./plandash.it";
import metricsIt from "./metrics.it";
import plainStepsEn from "./plain-steps.en";
import plainStepsIt from "./plain-steps.it";
import planreportEn from "./planreport.en";
import planreportIt from "./planreport.it";
import assistedEn from "./assisted.en";
import assistedIt from "./assisted.it";
import preferencesEn from "./preferences.en";
import preferencesIt from "./preferences.it";
import a11yEn from "./a11y.en";
import a11yIt from "./a11y.it";

/**
 * The namespaces besides "translation" (the one bundled for every page in the browser). The server
 * has them all. In the browser:
 * - "tax" (tax pages and the calculators' API messages) is loaded by the tax routes;
 * - "calc" (the public IMU/TARI calculators and the rates editor) is loaded by those routes;
 * - "pages" (long texts of fixed pages) and "forms" (the questions of every service's form) are never
 *   loaded: the server translates them into the page data;
 * - "desk" (applications, personal area, back office), "appointments" and "catalogue" are loaded by
 *   the route modules that use them (`useNamespace`), so they live in those routes' chunks and the
 *   public pages' first load stays within its budget;
 * - "plan" (the public plan pages) is loaded by those routes (`usePlanT` in app/components/plan);
 * - "plandash" (the plan's dashboards) by those routes (`useDashT` in app/components/plan);
 * - "metrics" (the counter submissions page) by that route (`useMetricsT` in app/components/metrics);
 * - "plainSteps" (the «in parole semplici» of each form page) is never loaded, like "forms";
 * - "planreport" (the plan's yearly report and objective owners) by the plan routes (`usePlanReportT`);
 * - "assisted" (applications filled by an operator with a citizen) by the /gestione/assistenza routes;
 * - "preferences" (the reading preferences page) by that route (`usePreferencesT` in app/components/preferences);
 * - "a11y" (the accessibility statement, feedback form and queue) by those routes (`useA11yT` in app/components/accessibility).
 */
export const extraNamespaces = {
  it: { pages: pagesIt, forms: formsIt, desk: deskIt, appointments: appointmentsIt, catalogue: catalogueIt, tax: taxIt, calc: calcIt, fines: finesIt, taxoffice: taxofficeIt, plan: planIt, metrics: metricsIt, plandash: plandashIt, plainSteps: plainStepsIt, planreport: planreportIt, assisted: assistedIt, preferences: preferencesIt, a11y: a11yIt },
  en: { pages: pagesEn, forms: formsEn, desk: deskEn, appointments: appointmentsEn, catalogue: catalogueEn, tax: taxEn, calc: calcEn, fines: finesEn, taxoffice: taxofficeEn, plan: planEn, metrics: metricsEn, plandash: plandashEn, plainSteps: plainStepsEn, planreport: planreportEn, assisted: assistedEn, preferences: preferencesEn, a11y: a11yEn },
} as const;

export type ExtraNamespace = keyof (typeof extraNamespaces)["it"];
