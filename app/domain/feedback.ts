import { z } from "zod";
import { COMMENT_MAX_LENGTH, isPositive, reasonsFor } from "./feedback-reasons";

export { COMMENT_MAX_LENGTH, NEGATIVE_REASONS, POSITIVE_REASONS, isPositive, pagePathOf, reasonsFor } from "./feedback-reasons";

export const FeedbackSchema = z
  .object({
    rating: z.coerce
      .number({ invalid_type_error: "feedback.errors.rating" })
      .int("feedback.errors.rating")
      .min(1, "feedback.errors.rating")
      .max(5, "feedback.errors.rating"),
    reason: z.string().trim().optional().transform((v) => (v ? v : undefined)),
    comment: z
      .string()
      .trim()
      .max(COMMENT_MAX_LENGTH, "feedback.errors.commentTooLong")
      .optional()
      .transform((v) => (v ? v : undefined)),
    page: z
      .string()
      .trim()
      .regex(/^\/[^\s]*$/, "feedback.errors.page")
      .max(300, "feedback.errors.page"),
  })
  .superRefine((value, ctx) => {
    if (value.reason !== undefined && !reasonsFor(value.rating).includes(value.reason)) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["reason"], message: "feedback.errors.reason" });
    }
  });

export type FeedbackInput = z.infer<typeof FeedbackSchema>;


/**
 * The form has one group of reasons per kind (positive, negative), so a reader who changes the stars
 * after picking a reason never sends a reason of the wrong kind: only the group the rating shows counts.
 */
export function parseFeedbackForm(form: Record<string, string | undefined>) {
  const rating = Number(form.rating);
  const reason = Number.isFinite(rating) && rating >= 1 ? (isPositive(rating) ? form.reasonPositive : form.reasonNegative) : undefined;
  return FeedbackSchema.safeParse({ rating: form.rating, reason, comment: form.comment, page: form.page ?? "" });
}
