import { type FormEvent, useCallback, useState } from "react";
import { holds } from "~/forms/conditions";
import type { RawAnswers } from "~/forms/types";
import type { FieldView, PartView } from "~/forms/view";
import { useHydrated } from "~/components/staff/StaffForm";
import { Glossed } from "~/components/plain/Glossed";

/**
 * The questions of one step, from the view model the server built (labels, hints, values and errors
 * already translated). Plain HTML controls, as bootstrap-italia marks them up: labels always above
 * the field, hints and errors tied with aria-describedby, errors also flagged with aria-invalid.
 *
 * Conditional questions follow the GOV.UK pattern: without JavaScript every one is shown, each saying
 * which answer it depends on (the server ignores those that do not apply); once the page runs, those
 * that do not apply to the current answers are hidden and appear as the citizen chooses.
 */
export function FormFields({ fields, labels }: { fields: FieldView[]; labels: { add: string; remove: string; removeItem: (n: number) => string; required: string; optional: string } }) {
  const hydrated = useHydrated();
  const [live, setLive] = useState<RawAnswers | null>(null);
  const onChange = useCallback((event: FormEvent<HTMLDivElement>) => {
    const form = (event.target as HTMLElement).closest("form");
    if (!form) return;
    const raw: RawAnswers = {};
    for (const [k, v] of new FormData(form)) {
      if (typeof v !== "string") continue;
      const prev = raw[k];
      raw[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
    }
    setLive(raw);
  }, []);
  const visible = (f: FieldView) => !f.condition || !hydrated || (live ? holds(f.condition, live) : f.active);
  return (
    <div onChange={onChange}>
      {fields.map((f) => (
        <div key={f.name} hidden={!visible(f)} className={f.condition ? "stp-conditional ps-3 border-start border-3 border-primary-subtle" : undefined}>
          {f.conditionText && !hydrated ? <p className="small text-muted mb-2">{f.conditionText}</p> : null}
          {f.type === "group" ? <GroupView field={f} labels={labels} /> : <FieldControl field={f} labels={labels} />}
        </div>
      ))}
    </div>
  );
}

function describedBy(id: string, hint: string | null, error: string | null): string | undefined {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

function Hint({ id, text }: { id: string; text: string | null }) {
  return text ? (
    <p id={`${id}-hint`} className="form-text text-muted mb-2">
      <Glossed text={text} />
    </p>
  ) : null;
}

function ErrorText({ id, text }: { id: string; text: string | null }) {
  return text ? (
    <p id={`${id}-error`} className="text-danger fw-semibold mb-2">
      {text}
    </p>
  ) : null;
}

function LabelText({ label, required, labels }: { label: string; required: boolean; labels: { optional: string } }) {
  return (
    <>
      {label}
      {required ? null : <span className="fw-normal"> ({labels.optional})</span>}
    </>
  );
}

function FieldControl({ field: f, labels }: { field: FieldView; labels: { optional: string } }) {
  if (f.type === "choice" || f.type === "yesNo") {
    if (f.select) {
      return (
        <div className="select-wrapper mb-4">
          <label htmlFor={f.id} className="fw-semibold">
            <LabelText label={f.label} required={f.required} labels={labels} />
          </label>
          <Hint id={f.id} text={f.hint} />
          <ErrorText id={f.id} text={f.error} />
          <select id={f.id} name={f.name} defaultValue={f.value} aria-invalid={f.error ? true : undefined} aria-describedby={describedBy(f.id, f.hint, f.error)}>
            <option value="" />
            {f.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
      );
    }
    const type = f.multiple ? "checkbox" : "radio";
    return (
      <fieldset className="mb-4" aria-describedby={describedBy(f.id, f.hint, f.error)} id={`${f.id}-group`}>
        <legend className="h6 fw-semibold px-0">
          <LabelText label={f.label} required={f.required} labels={labels} />
        </legend>
        <Hint id={f.id} text={f.hint} />
        <ErrorText id={f.id} text={f.error} />
        {f.options.map((o, i) => {
          const id = i === 0 ? f.id : `${f.id}-${i}`;
          return (
            <div className="form-check" key={o.value}>
              <input
                className="form-check-input"
                type={type}
                id={id}
                name={f.name}
                value={o.value}
                defaultChecked={f.multiple ? f.values.includes(o.value) : f.value === o.value}
                aria-invalid={f.error ? true : undefined}
                aria-describedby={o.hint ? `${id}-ohint` : undefined}
              />
              <label className="form-check-label" htmlFor={id}>
                {o.label}
              </label>
              {o.hint ? (
                <p id={`${id}-ohint`} className="small text-muted ms-5">
                  {o.hint}
                </p>
              ) : null}
            </div>
          );
        })}
      </fieldset>
    );
  }
  if (f.parts.length) {
    return (
      <fieldset className="mb-4" aria-describedby={f.hint ? `${f.id}-hint` : undefined}>
        <legend className="h6 fw-semibold px-0">
          <LabelText label={f.label} required={f.required} labels={labels} />
        </legend>
        <Hint id={f.id} text={f.hint} />
        <div className="row">
          {f.parts.map((p) => (
            <Part key={p.name} part={p} locked={f.locked} />
          ))}
        </div>
      </fieldset>
    );
  }
  const common = {
    id: f.id,
    name: f.name,
    defaultValue: f.value,
    "aria-invalid": f.error ? true : undefined,
    "aria-describedby": describedBy(f.id, f.hint, f.error),
    autoComplete: f.autocomplete ?? undefined,
    readOnly: f.locked || undefined,
    maxLength: f.maxLength ?? undefined,
  };
  const inputType = f.type === "email" ? "email" : f.type === "phone" ? "tel" : "text";
  return (
    <div className="form-group mb-4">
      <label htmlFor={f.id} className="active fw-semibold">
        <LabelText label={f.label} required={f.required} labels={labels} />
      </label>
      <Hint id={f.id} text={f.hint} />
      <ErrorText id={f.id} text={f.error} />
      {f.multiline ? (
        <textarea className="form-control" rows={6} {...common} />
      ) : (
        <div className={f.unit ? "input-group" : undefined}>
          <input
            type={inputType}
            className={`form-control${f.type === "codiceFiscale" || f.type === "iban" ? " text-uppercase font-monospace" : ""}`}
            inputMode={(f.inputMode as "text" | "numeric" | "decimal" | "email" | "tel" | null) ?? undefined}
            spellCheck={f.type === "text" && f.multiline ? undefined : false}
            {...common}
          />
          {f.unit ? <span className="input-group-text">{f.unit}</span> : null}
        </div>
      )}
    </div>
  );
}

function Part({ part: p, locked }: { part: PartView; locked: boolean }) {
  return (
    <div className={`col-12 col-md-${p.width} form-group mb-3`}>
      <label htmlFor={p.id} className="active">
        {p.label}
      </label>
      <ErrorText id={p.id} text={p.error} />
      <input
        type="text"
        className="form-control"
        id={p.id}
        name={p.name}
        defaultValue={p.value}
        inputMode={p.inputMode}
        autoComplete={p.autocomplete}
        readOnly={locked || undefined}
        aria-invalid={p.error ? true : undefined}
        aria-describedby={p.error ? `${p.id}-error` : undefined}
      />
    </div>
  );
}

function GroupView({ field: f, labels }: { field: FieldView; labels: { add: string; remove: string; removeItem: (n: number) => string; optional: string } }) {
  return (
    <fieldset className="mb-4" id={f.id} tabIndex={-1}>
      <legend className="h5 px-0">
        <LabelText label={f.label} required={f.required} labels={labels} />
      </legend>
      <Hint id={f.id} text={f.hint} />
      {f.countName ? <input type="hidden" name={f.countName} value={f.count} /> : null}
      {f.items.map((item) => (
        <fieldset key={item.index} className="border rounded p-3 mb-3" id={`${f.id}-${item.index}`}>
          <legend className="h6 float-none w-auto px-2">{item.label}</legend>
          {item.fields.map((sub) => (
            <FieldControl key={sub.name} field={sub} labels={labels} />
          ))}
          {item.removable ? (
            <button type="submit" name="intent" value={`remove:${f.name}:${item.index}`} className="btn btn-outline-danger btn-sm" formNoValidate>
              {labels.removeItem(item.index + 1)}
            </button>
          ) : null}
        </fieldset>
      ))}
      {f.canAdd ? (
        <button type="submit" name="intent" value={`add:${f.name}`} className="btn btn-outline-primary" formNoValidate>
          {labels.add}
        </button>
      ) : null}
    </fieldset>
  );
}
