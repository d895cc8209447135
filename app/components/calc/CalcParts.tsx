import { Glossed } from "~/components/plain/Glossed";
import { useActionData, useLoaderData } from "@remix-run/react";
import { type ReactNode, useEffect, useRef } from "react";
import { ErrorList } from "~/components/ui/ErrorSummary";
import { useErrorTitle } from "~/components/staff/StaffForm";
import { useCalcT } from "./useCalcT";
import { FieldHelp } from "~/components/ui/FieldHelp";

/** The action's answer when there is one (a calculation, an error, a property added), else the loader's. */
export function useAnswer<T>(): { d: T; answered: boolean } {
  const loaded = useLoaderData() as T;
  const answered = useActionData() as T | undefined;
  return { d: answered ?? loaded, answered: answered !== undefined };
}

export interface FieldMessage {
  id: string;
  message: string;
  summary: string;
}

/** The error summary of a calculator (focus on it when it appears) and "Errore: " in the title. */
export function CalcErrors({ errors, answer }: { errors: FieldMessage[]; answer: unknown }) {
  const { t } = useCalcT();
  useErrorTitle(errors.length > 0);
  return <ErrorList title={t("common.errorsTitle")} links={errors.map((e) => ({ href: `#${e.id}`, text: e.summary }))} answer={answer} />;
}

/** Ids of the hint and the error of a field, for aria-describedby. */
export function describedBy(id: string, hint: boolean, error: boolean): string | undefined {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

export function FieldBits({ id, hint, error }: { id: string; hint?: string | null; error?: string | null }) {
  return (
    <>
      <FieldHelp id={id} hint={hint ? <Glossed text={hint} /> : null} error={error} />
    </>
  );
}

/** A result section that takes focus when a new result arrives (after a client-side submit). */
export function ResultSection({ title, stamp, children }: { title: string; stamp: string; children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [stamp]);
  return (
    <section className="mt-5" aria-labelledby="result-title" data-testid="calc-result">
      <h2 id="result-title" className="h3" tabIndex={-1} ref={ref}>
        {title}
      </h2>
      {children}
    </section>
  );
}
