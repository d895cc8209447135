import taxofficeEn from "~/locales/taxoffice.en";
import taxofficeIt from "~/locales/taxoffice.it";
import { CsrfField } from "~/components/ui/CsrfField";
import { TableScroll } from "~/components/ui/TableScroll";
import type { FeeNoticeView, FeesOfCase } from "~/utils/fee-routes.server";
import { useNamespace } from "~/utils/namespace";

export const useTaxOfficeT = () => useNamespace("taxoffice", { it: taxofficeIt, en: taxofficeEn });

/** The fee notices of an application: what, how much, by when, and whether it is paid (in words). */
function FeeTable({ notices }: { notices: FeeNoticeView[] }) {
  const { t } = useTaxOfficeT();
  return (
    <TableScroll label={t("fee.noticesCaption")}>
      <table className="table table-sm" data-testid="fee-notices">
        <caption className="visually-hidden">{t("fee.noticesCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("fee.what")}</th>
            <th scope="col">{t("fee.number")}</th>
            <th scope="col" className="text-end">
              {t("reconciliation.amount")}
            </th>
            <th scope="col">{t("fee.due")}</th>
            <th scope="col">{t("fee.state")}</th>
          </tr>
        </thead>
        <tbody>
          {notices.map((n) => (
            <tr key={n.number}>
              <th scope="row" className="fw-normal">
                {n.reason}
              </th>
              <td className="font-monospace text-nowrap">{n.number}</td>
              <td className="text-end text-nowrap">{n.amount}</td>
              <td className="text-nowrap">{n.due}</td>
              <td>{n.state}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** On the citizen's case page: what the office asks, a button to pay and the notice to print. */
export function CitizenFees({ fees }: { fees: FeesOfCase }) {
  const { t } = useTaxOfficeT();
  if (fees.notices.length === 0 && !fees.outcome) return null;
  const open = fees.notices.filter((n) => n.open);
  return (
    <section id="pagamenti" className="mb-5" aria-labelledby="fees-title" tabIndex={-1}>
      <h2 id="fees-title" className="h4">
        {t("fee.noticesTitle")}
      </h2>
      {fees.outcome ? (
        <div className={`alert ${fees.outcome === "pagato" ? "alert-success" : "alert-info"}`} role="status" data-testid="fee-outcome">
          {t(fees.outcome === "pagato" ? "fee.paidNotice" : "fee.cancelledNotice")}
        </div>
      ) : null}
      {open.map((n) => (
        <div key={n.number} className="alert alert-warning" data-testid="fee-waiting">
          <p>{t("fee.waiting", { amount: n.amount, reason: n.reason, date: n.due })}</p>
          <p className="d-flex flex-wrap gap-3 align-items-center mb-0">
            {n.checkout ? (
              <a className="btn btn-primary" href={n.checkout} data-testid="fee-pay">
                {t("fee.pay", { amount: n.amount })}
              </a>
            ) : null}
            <a href={n.pdf} download data-testid="fee-pdf">
              {t("fee.download")}
            </a>
          </p>
        </div>
      ))}
      {fees.notices.length ? <FeeTable notices={fees.notices} /> : null}
    </section>
  );
}

/** On the office's case page: the fees asked so far and, while the case is in charge, the form to ask one. */
export function OfficeFees({ fees, canAsk, values, errors }: { fees: FeesOfCase; canAsk: boolean; values: Record<string, string>; errors: Record<string, string> }) {
  const { t } = useTaxOfficeT();
  if (!canAsk && fees.notices.length === 0) return null;
  return (
    <section aria-labelledby="fees-title" className="mb-4">
      <h2 id="fees-title" className="h4">
        {t("fee.noticesTitle")}
      </h2>
      {fees.notices.length ? <FeeTable notices={fees.notices} /> : null}
      {canAsk ? (
        <form method="post" encType="multipart/form-data" className="border rounded p-3" noValidate>
          <CsrfField />
          <h3 className="h6">{t("fee.title")}</h3>
          <p className="small">{t("fee.lead")}</p>
          <FeeField id="fee-amount" label={t("fee.amount")} hint={t("fee.amountHint")} value={values["fee-amount"]} error={errors["fee-amount"]} inputMode="decimal" />
          <FeeField id="fee-reason" label={t("fee.reason")} hint={t("fee.reasonHint")} value={values["fee-reason"]} error={errors["fee-reason"]} />
          <button type="submit" name="intent" value="request_payment" className="btn btn-outline-primary">
            {t("fee.submit")}
          </button>
        </form>
      ) : null}
    </section>
  );
}

/** A text field of the fee form: label, hint, the error (linked from the summary) and the value as typed. */
function FeeField({ id, label, hint, value, error, inputMode }: { id: string; label: string; hint: string; value?: string; error?: string; inputMode?: "decimal" }) {
  return (
    <div className="form-group mb-3">
      <label htmlFor={id} className="active fw-semibold">
        {label}
      </label>
      <p id={`${id}-hint`} className="small text-muted mb-1">
        {hint}
      </p>
      {error ? (
        <p id={`${id}-error`} className="text-danger fw-semibold mb-1">
          {error}
        </p>
      ) : null}
      <input
        type="text"
        inputMode={inputMode}
        id={id}
        name={id}
        maxLength={200}
        className="form-control"
        defaultValue={value ?? ""}
        aria-invalid={error ? true : undefined}
        aria-describedby={[`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(" ")}
      />
    </div>
  );
}
