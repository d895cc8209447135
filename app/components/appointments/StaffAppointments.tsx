import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Page } from "~/components/layout/Page";
import { CsrfField } from "~/components/ui/CsrfField";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import { StatusMessage, useErrorTitle } from "~/components/staff/StaffForm";
import type { CalendarActionResult, CalendarData, StaffDayData, StaffOffice } from "~/utils/appointment-routes.server";
import { describedBy, FieldError, useAppointmentsT } from "./shared";
import { TableScroll } from "~/components/ui/TableScroll";

function OfficePicker({ offices, current, label }: { offices: StaffOffice[]; current: StaffOffice | null; label: string }) {
  return (
    <div className="select-wrapper mb-3">
      <label htmlFor="ufficio">{label}</label>
      <select id="ufficio" name="ufficio" defaultValue={current?.slug ?? ""} className="w-100 mw-100">
        {offices.map((o) => (
          <option key={o.slug} value={o.slug}>
            {o.name}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The day's bookings of one office, with a day picker (a plain GET form and previous/next links). */
export function StaffDay() {
  const { t } = useAppointmentsT();
  const d = useLoaderData() as StaffDayData;
  useErrorTitle(Object.keys(d.errors).length > 0);
  const title = t("staff.title");
  return (
    <Page title={title} lead={t("staff.lead")} breadcrumbs={[{ label: t("translation:staff.home.title"), to: "/gestione" }, { label: title }]} feedback={false}>
      {d.offices.length === 0 || !d.office ? (
        <p>{t("staff.noOffice")}</p>
      ) : (
        <>
          <ErrorSummary errors={d.errors} title={t("errors.summaryTitle")} />
          <Form method="get" className="row g-3 align-items-end mb-4">
            <div className="col-12 col-md-5">
              <OfficePicker offices={d.offices} current={d.office} label={t("staff.office")} />
            </div>
            <div className="col-12 col-md-4">
              <div className="form-group mb-3">
                <label htmlFor="giorno" className="active">
                  {t("staff.day")}
                </label>
                <p className="form-text small mb-1" id="giorno-hint">
                  {t("staff.dayHint")}
                </p>
                <FieldError id="giorno" error={d.errors.giorno} />
                <input
                  id="giorno"
                  name="giorno"
                  type="text"
                  inputMode="numeric"
                  className={`form-control${d.errors.giorno ? " is-invalid" : ""}`}
                  defaultValue={d.dayInput}
                  autoComplete="off"
                  aria-invalid={d.errors.giorno ? true : undefined}
                  aria-describedby={describedBy("giorno-hint", d.errors.giorno && "giorno-error")}
                />
              </div>
            </div>
            <div className="col-12 col-md-3">
              <button type="submit" className="btn btn-primary mb-3">
                {t("staff.show")}
              </button>
            </div>
          </Form>
          <ul className="list-inline mb-4">
            {d.previous ? (
              <li className="list-inline-item">
                <Link to={d.previous} className="btn btn-outline-primary btn-sm">
                  {t("staff.previous")}
                </Link>
              </li>
            ) : null}
            {d.next ? (
              <li className="list-inline-item">
                <Link to={d.next} className="btn btn-outline-primary btn-sm">
                  {t("staff.next")}
                </Link>
              </li>
            ) : null}
            {d.canEditCalendar ? (
              <li className="list-inline-item">
                <Link to={`/gestione/appuntamenti/calendario?ufficio=${d.office.slug}`}>{t("staff.calendar")}</Link>
              </li>
            ) : null}
          </ul>
          <TableScroll label={t("staff.caption", { day: d.dayLabel, office: d.office.name, count: d.rows.filter((r) => r.state === "booked").length })}>
            <table className="table" data-testid="day-table">
              <caption>{t("staff.caption", { day: d.dayLabel, office: d.office.name, count: d.rows.filter((r) => r.state === "booked").length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("staff.time")}</th>
                  <th scope="col">{t("staff.person")}</th>
                  <th scope="col">{t("staff.contacts")}</th>
                  <th scope="col">{t("staff.reason")}</th>
                  <th scope="col">{t("staff.details")}</th>
                  <th scope="col">{t("staff.state")}</th>
                </tr>
              </thead>
              <tbody>
                {d.rows.length === 0 ? (
                  <tr>
                    <td colSpan={6}>{t("staff.none")}</td>
                  </tr>
                ) : (
                  d.rows.map((r) => (
                    <tr key={r.id}>
                      <th scope="row">{r.time}</th>
                      <td>
                        {r.person}
                        {r.fiscalCode ? (
                          <>
                            <br />
                            <span className="small font-monospace">{r.fiscalCode}</span>
                          </>
                        ) : null}
                      </td>
                      <td>
                        <a href={`mailto:${r.email}`}>{r.email}</a>
                        {r.phone ? (
                          <>
                            <br />
                            <a href={`tel:${r.phone.replace(/\s+/g, "")}`}>{r.phone}</a>
                          </>
                        ) : null}
                      </td>
                      <td>{r.reason}</td>
                      <td>{r.details}</td>
                      <td>{t(`area.states.${r.state}`)}</td>
                    </tr>
                  ))
                )}
              </tbody>
            </table>
          </TableScroll>
        </>
      )}
    </Page>
  );
}

function Input({ id, label, hint, error, value, inputMode }: { id: string; label: string; hint?: string; error?: string; value: string; inputMode?: "numeric" | "text" }) {
  return (
    <div className="form-group mb-4">
      <label htmlFor={id} className="active">
        {label}
      </label>
      {hint ? (
        <p className="form-text small mb-1" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <FieldError id={id} error={error} />
      <input
        id={id}
        name={id}
        type="text"
        inputMode={inputMode}
        className={`form-control${error ? " is-invalid" : ""}`}
        defaultValue={value}
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}
      />
    </div>
  );
}

const EMPTY_RULE = { weekday: "", opens: "", closes: "", slotMinutes: "20", validFrom: "" };

/** The office's opening hours (periods per weekday, slot length) and closure days, with forms to change them. */
export function StaffCalendar() {
  const { t } = useAppointmentsT();
  const d = useLoaderData() as CalendarData;
  const result = useActionData() as CalendarActionResult | undefined;
  const errors = result?.errors ?? {};
  useErrorTitle(Object.keys(errors).length > 0);
  const rule = result?.intent === "add-rule" ? { ...EMPTY_RULE, ...result.values } : EMPTY_RULE;
  const closure = result?.intent === "add-closure" ? result.values : { closureDay: "", closureReason: "" };
  const title = t("calendar.title");
  const weekday = (n: number) => t(`calendar.weekdays.${n}`);
  return (
    <Page title={title} lead={t("calendar.lead")} breadcrumbs={[{ label: t("translation:staff.home.title"), to: "/gestione" }, { label: t("staff.title"), to: "/gestione/appuntamenti" }, { label: title }]} feedback={false}>
      {!d.office ? (
        <p>{t("staff.noOffice")}</p>
      ) : (
        <>
          {d.offices.length > 1 ? (
            <Form method="get" className="row g-3 align-items-end mb-4">
              <div className="col-12 col-md-6">
                <OfficePicker offices={d.offices} current={d.office} label={t("calendar.office")} />
              </div>
              <div className="col-12 col-md-3">
                <button type="submit" className="btn btn-outline-primary mb-3">
                  {t("calendar.showOffice")}
                </button>
              </div>
            </Form>
          ) : null}
          <StatusMessage text={d.notice && !result ? t(`calendar.${d.notice.key}`, { count: d.notice.count ?? 0 }) : null} />
          <ErrorSummary errors={errors} title={t("calendar.errorsTitle")} />

          <section className="mb-5" aria-labelledby="rules-heading">
            <h2 id="rules-heading" className="h3">
              {t("calendar.rulesHeading")}
            </h2>
            {d.rules.length === 0 ? (
              <p>{t("calendar.noRules")}</p>
            ) : (
              <TableScroll label={t("calendar.rulesCaption", { office: d.office.name })}>
                <table className="table" data-testid="rules-table">
                  <caption className="visually-hidden">{t("calendar.rulesCaption", { office: d.office.name })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("calendar.weekday")}</th>
                      <th scope="col">{t("calendar.hours")}</th>
                      <th scope="col">{t("calendar.slot")}</th>
                      <th scope="col">{t("calendar.validFrom")}</th>
                      <th scope="col">
                        <span className="visually-hidden">{t("area.actions")}</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {d.rules.map((r) => (
                      <tr key={r.id}>
                        <th scope="row">{weekday(r.weekday)}</th>
                        <td>{t("calendar.hoursValue", { opens: r.opens, closes: r.closes })}</td>
                        <td>{t("calendar.slotValue", { minutes: r.slotMinutes })}</td>
                        <td>{r.validFrom}</td>
                        <td>
                          <Form method="post">
                            <CsrfField />
                            <input type="hidden" name="ufficio" value={d.office!.slug} />
                            <input type="hidden" name="rule" value={r.id} />
                            <button
                              type="submit"
                              name="intent"
                              value="remove-rule"
                              className="btn btn-outline-danger btn-sm"
                              aria-label={t("calendar.removeRuleLabel", { weekday: weekday(r.weekday), opens: r.opens, closes: r.closes })}
                            >
                              {t("calendar.remove")}
                            </button>
                          </Form>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            )}
            <h3 className="h4 mt-4" id="add-rule-heading">
              {t("calendar.addRuleHeading")}
            </h3>
            <Form method="post" noValidate className="col-12 col-lg-8" aria-labelledby="add-rule-heading" key={result?.intent === "add-rule" ? "rule-failed" : "rule"}>
              <CsrfField />
              <input type="hidden" name="ufficio" value={d.office.slug} />
              <div className="select-wrapper mb-4">
                <label htmlFor="weekday">{t("calendar.weekday")}</label>
                <FieldError id="weekday" error={errors.weekday} />
                <select
                  id="weekday"
                  name="weekday"
                  defaultValue={rule.weekday}
                  className="w-100 mw-100"
                  aria-invalid={errors.weekday ? true : undefined}
                  aria-describedby={errors.weekday ? "weekday-error" : undefined}
                >
                  <option value="">—</option>
                  {[1, 2, 3, 4, 5, 6, 7].map((n) => (
                    <option key={n} value={n}>
                      {weekday(n)}
                    </option>
                  ))}
                </select>
              </div>
              <Input id="opens" label={t("calendar.opens")} hint={t("calendar.timeHint")} error={errors.opens} value={rule.opens} inputMode="numeric" />
              <Input id="closes" label={t("calendar.closes")} hint={t("calendar.timeHint")} error={errors.closes} value={rule.closes} inputMode="numeric" />
              <Input id="slotMinutes" label={t("calendar.slotMinutes")} error={errors.slotMinutes} value={rule.slotMinutes} inputMode="numeric" />
              <Input id="validFrom" label={t("calendar.validFrom")} hint={t("calendar.validFromHint")} error={errors.validFrom} value={rule.validFrom} inputMode="numeric" />
              <button type="submit" name="intent" value="add-rule" className="btn btn-primary">
                {t("calendar.addRule")}
              </button>
            </Form>
          </section>

          <section className="mb-5" aria-labelledby="closures-heading">
            <h2 id="closures-heading" className="h3">
              {t("calendar.closuresHeading")}
            </h2>
            {d.closures.length === 0 ? (
              <p>{t("calendar.noClosures")}</p>
            ) : (
              <TableScroll label={t("calendar.closuresCaption", { office: d.office.name })}>
                <table className="table" data-testid="closures-table">
                  <caption className="visually-hidden">{t("calendar.closuresCaption", { office: d.office.name })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("calendar.closureDay")}</th>
                      <th scope="col">{t("calendar.closureReason")}</th>
                      <th scope="col">
                        <span className="visually-hidden">{t("area.actions")}</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {d.closures.map((c) => (
                      <tr key={c.id}>
                        <th scope="row">{c.dayLabel}</th>
                        <td>{c.reason}</td>
                        <td>
                          <Form method="post">
                            <CsrfField />
                            <input type="hidden" name="ufficio" value={d.office!.slug} />
                            <input type="hidden" name="closure" value={c.id} />
                            <button type="submit" name="intent" value="remove-closure" className="btn btn-outline-danger btn-sm" aria-label={t("calendar.removeClosureLabel", { day: c.dayLabel })}>
                              {t("calendar.remove")}
                            </button>
                          </Form>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            )}
            <Form method="post" noValidate className="col-12 col-lg-8 mt-4" key={result?.intent === "add-closure" ? "closure-failed" : "closure"}>
              <CsrfField />
              <input type="hidden" name="ufficio" value={d.office.slug} />
              <Input id="closureDay" label={t("calendar.closureDay")} hint={t("staff.dayHint")} error={errors.closureDay} value={closure.closureDay ?? ""} inputMode="numeric" />
              <Input id="closureReason" label={t("calendar.closureReason")} hint={t("calendar.closureReasonHint")} error={errors.closureReason} value={closure.closureReason ?? ""} />
              <button type="submit" name="intent" value="add-closure" className="btn btn-primary">
                {t("calendar.addClosure")}
              </button>
            </Form>
          </section>
        </>
      )}
    </Page>
  );
}
