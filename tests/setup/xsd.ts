import { readdirSync, readFileSync } from "node:fs";
import { validateXML } from "xmllint-wasm";

/** The SAML, SPID and CIE schemas of tests/fixtures/xsd (see its README for where each comes from). */
const XSD_DIR = "tests/fixtures/xsd";
const SCHEMAS = readdirSync(XSD_DIR)
  .filter((f) => f.endsWith(".xsd"))
  .map((fileName) => ({ fileName, contents: readFileSync(`${XSD_DIR}/${fileName}`, "utf8") }));

export const SPID_XSD = "saml-schema-metadata-sp-spid-av29.xsd";
export const CIE_XSD = "saml-schema-metadata-sp-cie.xsd";
export const OASIS_XSD = "saml-schema-metadata-2.0.xsd";

/** Validates a metadata document against one main schema (the others preloaded for its imports). */
export async function validateAgainst(xml: string, main: string) {
  const schema = SCHEMAS.find((s) => s.fileName === main);
  if (!schema) throw new Error(`missing ${main}`);
  const result = await validateXML({
    xml: { fileName: "metadata.xml", contents: xml },
    schema,
    preload: SCHEMAS.filter((s) => s.fileName !== main),
  });
  return { valid: result.valid, errors: result.errors.map((e) => e.message).join("\n") };
}
