import { describe, expect, it } from "vitest";
import { jsonForScript, serviceMetadata } from "~/domain/structured-data";

describe("service structured data", () => {
  const meta = serviceMetadata({
    title: "Pagamento TARI",
    categoryName: "Tributi, finanze e contravvenzioni",
    audienceType: "Cittadini",
    comuneName: "Comune di Seregno",
    serviceUrl: "https://example.org/servizi/tari",
    office: { name: "Ufficio Tributi", streetAddress: "Piazza Martiri della Libertà 1", postalCode: "20831", locality: "Seregno" },
  });

  it("carries the ten fields the conformity checker reads (R.SI.1.1)", () => {
    const m = meta as any;
    const fields = [
      m.name, m.serviceType, m.serviceOperator.name, m.areaServed.name, m.audience.audienceType,
      m.availableChannel.serviceUrl, m.availableChannel.serviceLocation.name,
      m.availableChannel.serviceLocation.address.streetAddress, m.availableChannel.serviceLocation.address.postalCode,
      m.availableChannel.serviceLocation.address.addressLocality,
    ];
    expect(fields.every((f) => typeof f === "string" && f.length > 0)).toBe(true);
  });

  it("cannot be closed early by a text containing </script>", () => {
    expect(jsonForScript({ a: "</script><b>" })).not.toContain("</script>");
    expect(JSON.parse(jsonForScript({ a: "</script>" })).a).toBe("</script>");
  });
});
