import type { InputHTMLAttributes, ReactNode } from "react";
import { FieldHelp } from "~/components/ui/FieldHelp";

/**
 * A labelled field of the plan's back-office forms, with its hint and its (already translated)
 * error tied by aria-describedby; the label stays above the field, so a kept value never overlaps it.
 */
export function OfficeField({
  id,
  label,
  hint,
  error,
  children,
  ...input
}: { id: string; label: string; hint?: string; error?: string; children?: ReactNode } & Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "children">) {
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="form-group mb-4">
      <label htmlFor={id} className="active fw-semibold">
        {label}
      </label>
      <FieldHelp id={id} hint={hint} error={error} />
      {children ?? <input id={id} name={input.name ?? id} className={`form-control${error ? " is-invalid" : ""}`} aria-describedby={described} aria-invalid={error ? true : undefined} {...input} />}
    </div>
  );
}

/** The error summary's links: one per field error, in the order of the form. */
export function errorLinks(errors: Record<string, string>): { href: string; text: string }[] {
  return Object.entries(errors).map(([field, text]) => ({ href: `#${field}`, text }));
}
