import type { ReactNode } from "react";
import { FieldHelp } from "~/components/ui/FieldHelp";

interface TextInputProps {
  id: string;
  /** The visible label, plus words only a screen reader needs (e.g. the language of the field). */
  label: string;
  hiddenLabel?: string;
  hint?: string;
  /** Ids of other elements describing the field (a hint shared by several fields). */
  describedBy?: string;
  error?: string;
  defaultValue: string;
  multiline: boolean;
  /** The language of the text typed in the field. */
  lang?: string;
  required?: boolean;
  maxLength?: number;
  type?: "text" | "url";
  inputMode?: "url";
}

/** How tall a textarea starts: about as tall as its text, within reason. */
function rowsFor(text: string): number {
  const lines = text.split("\n").reduce((n, line) => n + Math.max(1, Math.ceil(line.length / 90)), 0);
  return Math.min(18, Math.max(3, lines + 1));
}

/**
 * A labelled input or textarea with its hint and error, marked up the bootstrap-italia way (label
 * above, so a kept value never overlaps it); the error and hints are tied to it by aria-describedby.
 */
export function TextInput({ id, label, hiddenLabel, hint, describedBy, error, defaultValue, multiline, lang, required, maxLength, type = "text", inputMode }: TextInputProps) {
  const described = [hint ? `${id}-hint` : null, describedBy ?? null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  const common = {
    id,
    name: id,
    className: `form-control${error ? " is-invalid" : ""}`,
    "aria-describedby": described,
    "aria-invalid": error ? true : undefined,
    required,
    lang,
    defaultValue,
    maxLength,
  };
  return (
    <div className="form-group mb-4">
      <label htmlFor={id} className="active">
        {label}
        {hiddenLabel ? <span className="visually-hidden"> {hiddenLabel}</span> : null}
      </label>
      {multiline ? <textarea {...common} rows={rowsFor(defaultValue)} /> : <input {...common} type={type} inputMode={inputMode} autoComplete="off" spellCheck={type === "url" ? false : undefined} />}
      <FieldHelp id={id} hint={hint} error={error} hintClassName="form-text" />
    </div>
  );
}

/** One radio or checkbox with its label and an optional hint under it. */
export function Choice({
  type,
  id,
  name,
  value,
  label,
  hint,
  defaultChecked,
  invalid,
  describedBy,
}: {
  type: "radio" | "checkbox";
  id: string;
  name: string;
  value: string;
  label: ReactNode;
  hint?: string;
  defaultChecked: boolean;
  invalid?: boolean;
  describedBy?: string;
}) {
  const described = [hint ? `${id}-hint` : null, describedBy ?? null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="form-check mb-2">
      <input
        className="form-check-input"
        type={type}
        id={id}
        name={name}
        value={value}
        defaultChecked={defaultChecked}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={described}
      />
      <label className="form-check-label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <small className="form-text d-block ms-5" id={`${id}-hint`}>
          {hint}
        </small>
      ) : null}
    </div>
  );
}
