import { describe, expect, it } from "vitest";
import { pagePathOf, parseFeedbackForm, reasonsFor } from "~/domain/feedback";

describe("feedback form", () => {
  it("accepts a rating with a reason of its own kind", () => {
    const r = parseFeedbackForm({ rating: "5", reasonPositive: "clear", reasonNegative: "lost", page: "/servizi/tari" });
    expect(r.success && r.data).toEqual({ rating: 5, reason: "clear", comment: undefined, page: "/servizi/tari" });
  });

  it("takes the negative group for 1–3 stars and ignores the hidden one", () => {
    const r = parseFeedbackForm({ rating: "2", reasonPositive: "clear", reasonNegative: "lost", page: "/" });
    expect(r.success && r.data.reason).toBe("lost");
  });

  it("refuses a missing or out-of-range rating with a translatable key", () => {
    for (const rating of [undefined, "", "0", "6", "2.5", "abc"]) {
      const r = parseFeedbackForm({ rating, page: "/" });
      expect(r.success).toBe(false);
      expect(r.error?.issues[0]?.message).toBe("feedback.errors.rating");
    }
  });

  it("refuses an unknown reason and a comment over 200 characters", () => {
    expect(parseFeedbackForm({ rating: "4", reasonPositive: "nonsense", page: "/" }).error?.issues[0]?.message).toBe(
      "feedback.errors.reason",
    );
    expect(parseFeedbackForm({ rating: "4", comment: "x".repeat(201), page: "/" }).error?.issues[0]?.message).toBe(
      "feedback.errors.commentTooLong",
    );
  });

  it("refuses a page that is not a path of this site", () => {
    expect(parseFeedbackForm({ rating: "4", page: "https://evil.example/" }).success).toBe(false);
  });

  it("keeps only the path of the rated page", () => {
    expect(pagePathOf("/servizi/tari?valutazione=grazie#feedback")).toBe("/servizi/tari");
    expect(reasonsFor(3)).toContain("lost");
    expect(reasonsFor(4)).toContain("clear");
  });
});
