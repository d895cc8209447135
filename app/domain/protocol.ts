/**
 * Protocol numbers as the citizen reads them on the receipt: the year and a number that restarts
 * each year, padded so they sort as text ("2026/0000123"). The register itself (unique, gap-free)
 * is app/models/protocol.server.ts.
 */
export function formatProtocol(year: number, number: number): string {
  if (!Number.isInteger(year) || year < 2000 || year > 9999) throw new Error(`Not a protocol year: ${year}`);
  if (!Number.isInteger(number) || number < 1 || number > 9_999_999) throw new Error(`Not a protocol number: ${number}`);
  return `${year}/${String(number).padStart(7, "0")}`;
}

export function parseProtocol(text: string): { year: number; number: number } | null {
  const match = /^(\d{4})\/(\d{7})$/.exec(text.trim());
  if (!match) return null;
  const number = Number(match[2]);
  return number >= 1 ? { year: Number(match[1]), number } : null;
}
