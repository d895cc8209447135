/**
 * When a question applies. Pure and tiny on purpose: the server uses it to validate and prune answers,
 * the browser to show and hide conditional questions while the citizen types (the same rule on both
 * sides), so it must not pull zod or anything else into the browser bundle.
 */
import type { AttachmentSpec, Condition, Field, RawAnswers, Step } from "./types";

function answerOf(raw: RawAnswers, field: string): string[] {
  const value = raw[field];
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).map((v) => v.trim()).filter((v) => v !== "");
}

export function holds(condition: Condition | undefined, raw: RawAnswers): boolean {
  if (!condition) return true;
  if ("all" in condition) return condition.all.every((c) => holds(c, raw));
  const values = answerOf(raw, condition.field);
  if ("equals" in condition) return values.includes(condition.equals);
  if ("oneOf" in condition) return values.some((v) => condition.oneOf.includes(v));
  return values.length > 0;
}

/** The fields a condition reads (to know which inputs the browser must listen to). */
export function conditionFields(condition: Condition | undefined): string[] {
  if (!condition) return [];
  if ("all" in condition) return condition.all.flatMap(conditionFields);
  return [condition.field];
}

export const isStepActive = (step: Step, raw: RawAnswers): boolean => holds(step.when, raw);
export const isFieldActive = (field: Field | AttachmentSpec, raw: RawAnswers): boolean => holds(field.when, raw);
