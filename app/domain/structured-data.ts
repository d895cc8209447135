/**
 * The schema.org GovernmentService description that the Modello Comuni puts on each service page
 * (`<script type="application/ld+json" data-element="metatag">`): the national checker reads ten
 * fields from it (R.SI.1.1).
 */
export interface ServiceMetadataInput {
  title: string;
  categoryName: string;
  audienceType: string;
  comuneName: string;
  serviceUrl: string;
  office: { name: string; streetAddress: string; postalCode: string; locality: string };
}

export function serviceMetadata(input: ServiceMetadataInput) {
  return {
    "@context": "https://schema.org",
    "@type": "GovernmentService",
    name: input.title,
    serviceType: input.categoryName,
    serviceOperator: { "@type": "GovernmentOrganization", name: input.comuneName },
    areaServed: { "@type": "AdministrativeArea", name: input.comuneName },
    audience: { "@type": "Audience", audienceType: input.audienceType },
    availableChannel: {
      "@type": "ServiceChannel",
      serviceUrl: input.serviceUrl,
      serviceLocation: {
        "@type": "Place",
        name: input.office.name,
        address: {
          "@type": "PostalAddress",
          streetAddress: input.office.streetAddress,
          postalCode: input.office.postalCode,
          addressLocality: input.office.locality,
        },
      },
    },
  };
}

/** JSON for an inline <script>: "<" is escaped so no text can close the script element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}
