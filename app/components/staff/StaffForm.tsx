import { useActionData } from "@remix-run/react";
import { type InputHTMLAttributes, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useRootData } from "~/utils/root-data";
import type { FieldErrors } from "~/utils/staff-routes.server";
import { FieldHelp } from "~/components/ui/FieldHelp";

/**
 * With JavaScript an action's errors arrive without a new document, and a route's `meta` cannot see
 * action data: this puts "Errore: " before the title while the errors are shown (WCAG 2.4.2, 3.3.1).
 */
export function useErrorTitle(hasErrors: boolean) {
  const prefix = useRootData()?.strings.errorPrefix ?? "";
  useEffect(() => {
    if (!prefix) return;
    if (hasErrors && !document.title.startsWith(prefix)) document.title = `${prefix}${document.title}`;
    if (!hasErrors && document.title.startsWith(prefix)) document.title = document.title.slice(prefix.length);
  }, [hasErrors, prefix]);
}

/**
 * A staff form's errors: the action's when it has answered, else the loader's (the page reloaded
 * after a refusal), else none; the title carries the error prefix while any is shown.
 */
export function useFormErrors(loaderErrors: FieldErrors | null | undefined): FieldErrors {
  const action = useActionData() as { errors?: FieldErrors } | undefined;
  const errors = action?.errors ?? loaderErrors ?? {};
  useErrorTitle(Object.keys(errors).length > 0);
  return errors;
}

/** True once React runs in the browser: controls that need JavaScript appear only then. */
export function useHydrated() {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name"> {
  id: string;
  name?: string;
  label: string;
  hint?: string;
  /** A translation key. */
  error?: string;
  mono?: boolean;
}

/**
 * A labelled input with its hint and error, as bootstrap-italia marks them up (label always above
 * the field, so a kept value never overlaps it); the error is tied to the field by aria-describedby.
 */
export function TextField({ id, name, label, hint, error, mono, className, ...input }: TextFieldProps) {
  const { t } = useTranslation();
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="form-group mb-4">
      <label htmlFor={id} className="active">
        {label}
      </label>
      <input
        id={id}
        name={name ?? id}
        className={`form-control${error ? " is-invalid" : ""}${mono ? " font-monospace" : ""}${className ? ` ${className}` : ""}`}
        aria-describedby={described}
        aria-invalid={error ? true : undefined}
        {...input}
      />
      <FieldHelp id={id} hint={hint} error={error ? t(error) : null} hintClassName="form-text" />
    </div>
  );
}

/** A password field with a "show" checkbox that appears once scripts run (paste always allowed). */
export function PasswordField(props: Omit<TextFieldProps, "type">) {
  const { t } = useTranslation();
  const hydrated = useHydrated();
  const [shown, setShown] = useState(false);
  return (
    <>
      <TextField {...props} type={shown ? "text" : "password"} spellCheck={false} autoCapitalize="none" />
      {hydrated ? (
        <div className="form-check mt-n3 mb-4">
          <input className="form-check-input" type="checkbox" id={`${props.id}-show`} checked={shown} onChange={(e) => setShown(e.target.checked)} />
          <label className="form-check-label" htmlFor={`${props.id}-show`}>
            {t("staff.login.showPassword")}
          </label>
        </div>
      ) : null}
    </>
  );
}

/** A one-line confirmation after an action (announced politely, focus stays where it was). */
export function StatusMessage({ text }: { text: string | null }) {
  if (!text) return null;
  return (
    <div className="alert alert-success" role="status">
      <p className="mb-0">{text}</p>
    </div>
  );
}

/** The temporary password of a new or reset account: shown in this answer only, never stored in clear. */
export function TemporaryPassword({ username, password }: { username: string; password: string }) {
  const { t } = useTranslation();
  return (
    <section className="callout important my-4" aria-labelledby="temporary-password-title" data-testid="temporary-password">
      <h2 className="callout-title h5" id="temporary-password-title">
        {t("staff.temporary.heading")}
      </h2>
      <p>{t("staff.temporary.intro", { username })}</p>
      <p className="h4 font-monospace" id="temporary-password">
        {password}
      </p>
      <p>
        <strong>{t("staff.temporary.once")}</strong>
      </p>
      <p className="mb-0">{t("staff.temporary.handOver")}</p>
    </section>
  );
}

export interface RoleFieldValues {
  roles: string[];
  taxOffice: string;
  operatorOffices: string[];
}

const PLAIN_ROLES = ["administrator", "tax_office", "plan_owner", "plan_approver"] as const;

/**
 * The roles of an account: plain checkboxes, the tax office's optional office, and the offices an
 * operator works in (ticking an office grants the operator role there). The first checkbox has the
 * id "roles", where the error summary sends role problems.
 */
export function RoleFields({ idPrefix, values, offices, error }: { idPrefix: string; values: RoleFieldValues; offices: { id: number; name: string }[]; error?: string }) {
  const { t } = useTranslation();
  const errorId = `${idPrefix}roles-error`;
  return (
    <>
      <fieldset className="mb-4" aria-describedby={`${idPrefix}roles-hint${error ? ` ${errorId}` : ""}`}>
        <legend className="h6">{t("staff.users.rolesLegend")}</legend>
        <p className="small" id={`${idPrefix}roles-hint`}>
          {t("staff.users.rolesHint")}
        </p>
        {error ? (
          <p className="text-danger" id={errorId}>
            {t(error)}
          </p>
        ) : null}
        {PLAIN_ROLES.map((role, i) => {
          const id = i === 0 ? `${idPrefix}roles` : `${idPrefix}role-${role}`;
          return (
            <div className="form-check" key={role}>
              <input className="form-check-input" type="checkbox" id={id} name="role" value={role} defaultChecked={values.roles.includes(role)} />
              <label className="form-check-label" htmlFor={id}>
                {t(`staff.roles.${role}`)}
              </label>
            </div>
          );
        })}
        <div className="select-wrapper mt-3 ms-lg-4">
          <label htmlFor={`${idPrefix}tax-office`}>{t("staff.users.taxOfficeOffice")}</label>
          <select id={`${idPrefix}tax-office`} name="taxOffice" defaultValue={values.taxOffice} className="w-100 mw-100">
            <option value="">{t("staff.users.noOffice")}</option>
            {offices.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
      </fieldset>
      <fieldset className="mb-4" aria-describedby={`${idPrefix}operator-hint`}>
        <legend className="h6">{t("staff.users.operatorLegend")}</legend>
        <p className="small" id={`${idPrefix}operator-hint`}>
          {t("staff.users.operatorHint")}
        </p>
        {offices.map((o) => (
          <div className="form-check" key={o.id}>
            <input
              className="form-check-input"
              type="checkbox"
              id={`${idPrefix}operator-office-${o.id}`}
              name="operatorOffice"
              value={o.id}
              defaultChecked={values.operatorOffices.includes(String(o.id))}
            />
            <label className="form-check-label" htmlFor={`${idPrefix}operator-office-${o.id}`}>
              {o.name}
            </label>
          </div>
        ))}
      </fieldset>
    </>
  );
}
