// Builds the public assets that come from bootstrap-italia: a sprite with only the icons the desk
// uses (app/components/ui/icon-names.ts) and the self-hosted fonts (Titillium Web, Roboto Mono, Lora).
// The full sprite is ~180 icons; nothing is hot-linked and nothing is downloaded.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const bi = dirname(require.resolve("bootstrap-italia/package.json"));

const namesSource = readFileSync(join(root, "app/components/ui/icon-names.ts"), "utf8");
const names = [...namesSource.matchAll(/"(it-[a-z-]+)"/g)].map((m) => m[1]);
const symbols = names.map((name) => {
  const svg = readFileSync(join(bi, "src/svg", `${name}.svg`), "utf8");
  const viewBox = /viewBox="([^"]+)"/.exec(svg)?.[1] ?? "0 0 24 24";
  const inner = svg.replace(/^[\s\S]*?<svg[^>]*>/, "").replace(/<\/svg>\s*$/, "").replace(/\s+/g, " ").trim();
  return `<symbol id="${name}" viewBox="${viewBox}">${inner}</symbol>`;
});
mkdirSync(join(root, "public/svg"), { recursive: true });
writeFileSync(
  join(root, "public/svg/sprites.svg"),
  `<svg xmlns="http://www.w3.org/2000/svg">${symbols.join("")}</svg>\n`,
);

const fonts = { Titillium_Web: /latin-(300|regular|600|700|italic)\.woff2$/, Roboto_Mono: /latin-(regular|700)\.woff2$/, Lora: /latin-(regular|700)\.woff2$/ };
for (const [family, pattern] of Object.entries(fonts)) {
  const from = join(bi, "dist/fonts", family);
  const to = join(root, "public/fonts", family);
  mkdirSync(to, { recursive: true });
  for (const file of readdirSync(from).filter((f) => pattern.test(f))) copyFileSync(join(from, file), join(to, file));
}
// The reading preferences' more legible font (Atkinson Hyperlegible, OFL-1.1, @fontsource): served from
// our own origin like the others; only loaded by pages whose reader chose it (docs/reading-preferences.md).
{
  const from = join(dirname(require.resolve("@fontsource/atkinson-hyperlegible/package.json")), "files");
  const to = join(root, "public/fonts/Atkinson_Hyperlegible");
  mkdirSync(to, { recursive: true });
  for (const file of readdirSync(from).filter((f) => /^atkinson-hyperlegible-latin-(400|700)-(normal|italic)\.woff2$/.test(f))) copyFileSync(join(from, file), join(to, file));
}
// The SPID button's icon and the IdPs' logos, as AgID publishes them (italia/spid-smart-button, EUPL-1.2).
const spid = join(root, "node_modules/spid-smart-button/dist/img");
mkdirSync(join(root, "public/img/spid"), { recursive: true });
copyFileSync(join(spid, "spid-ico-circle-bb.svg"), join(root, "public/img/spid/spid-ico-circle-bb.svg"));
for (const file of readdirSync(join(spid, "idp-logos")).filter((f) => /^spid-idp-(?!dummy).*\.svg$/.test(f))) {
  copyFileSync(join(spid, "idp-logos", file), join(root, "public/img/spid", file));
}
console.log(`assets: ${symbols.length} icons in public/svg/sprites.svg, fonts in public/fonts/`);
