/**
 * Exact arithmetic for tax amounts: a rational number held as two BigInts, so "rendita × 1.05 × 160 ×
 * 1.02% × 50% × 7/12" carries no binary rounding error and the only roundings are the ones the law
 * makes (to the cent, then to the euro on each F24 line). Pure, no dependencies.
 */
export class Exact {
  private constructor(
    readonly n: bigint,
    readonly d: bigint,
  ) {}

  static of(n: bigint | number, d: bigint | number = 1n): Exact {
    let num = BigInt(n);
    let den = BigInt(d);
    if (den === 0n) throw new RangeError("division by zero");
    if (den < 0n) {
      num = -num;
      den = -den;
    }
    const g = gcd(num < 0n ? -num : num, den);
    return new Exact(num / g, den / g);
  }

  /**
   * From a decimal written as text or a JS number ("850.1", 33.33, "1.02"): read digit by digit, so
   * 0.1 is exactly one tenth. Throws on anything that is not a plain decimal.
   */
  static decimal(value: string | number): Exact {
    const text = typeof value === "number" ? numberText(value) : value.trim();
    const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
    if (!m) throw new RangeError(`not a decimal number: ${text}`);
    const frac = m[3] ?? "";
    const n = BigInt(`${m[2]}${frac}`) * (m[1] ? -1n : 1n);
    return Exact.of(n, 10n ** BigInt(frac.length));
  }

  static readonly ZERO = Exact.of(0);

  add(o: Exact): Exact {
    return Exact.of(this.n * o.d + o.n * this.d, this.d * o.d);
  }
  sub(o: Exact): Exact {
    return Exact.of(this.n * o.d - o.n * this.d, this.d * o.d);
  }
  mul(o: Exact | number): Exact {
    const x = typeof o === "number" ? Exact.decimal(o) : o;
    return Exact.of(this.n * x.n, this.d * x.d);
  }
  div(o: Exact | number): Exact {
    const x = typeof o === "number" ? Exact.decimal(o) : o;
    return Exact.of(this.n * x.d, this.d * x.n);
  }
  cmp(o: Exact): number {
    const a = this.n * o.d;
    const b = o.n * this.d;
    return a < b ? -1 : a > b ? 1 : 0;
  }
  isZero(): boolean {
    return this.n === 0n;
  }
  isNegative(): boolean {
    return this.n < 0n;
  }
  min(o: Exact): Exact {
    return this.cmp(o) <= 0 ? this : o;
  }
  max(o: Exact): Exact {
    return this.cmp(o) >= 0 ? this : o;
  }

  /** Whole cents, half a cent and more going up (away from zero for negatives). */
  cents(): bigint {
    return roundHalfUp(this.n * 100n, this.d);
  }

  /**
   * Whole euros as the F24 wants them (L. 296/2006 c.166): 49 cents or less down, 50 or more up,
   * after rounding to the cent.
   */
  euros(): bigint {
    return roundHalfUp(this.cents(), 100n);
  }
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a === 0n ? 1n : a;
}

function roundHalfUp(n: bigint, d: bigint): bigint {
  const negative = n < 0n;
  const abs = negative ? -n : n;
  const q = abs / d;
  const r = abs % d;
  const rounded = r * 2n >= d ? q + 1n : q;
  return negative ? -rounded : rounded;
}

function numberText(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  // Up to 10 decimals is plenty for amounts, shares and rates; toFixed avoids exponent notation.
  return value.toFixed(10).replace(/\.?0+$/, "");
}

/** Cents as text with two decimals and a dot ("1456.56", "-0.40"): the API's amount format. */
export function centsText(cents: bigint): string {
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  return `${negative ? "-" : ""}${abs / 100n}.${String(abs % 100n).padStart(2, "0")}`;
}

/** Whole euros as the API writes F24 amounts ("729.00"). */
export function eurosText(euros: bigint): string {
  return centsText(euros * 100n);
}

/**
 * Splits `total` cents over parts in proportion to `weights` (e.g. a ravvedimento's sanction over the
 * F24 lines it belongs to): each part rounded down, what the rounding left over going to the parts
 * with the largest remainders, so the parts always add up to the total.
 */
export function apportion(total: bigint, weights: readonly bigint[]): bigint[] {
  const sum = weights.reduce((s, w) => s + w, 0n);
  if (sum <= 0n) return weights.map(() => 0n);
  const parts = weights.map((w) => (total * w) / sum);
  let left = total - parts.reduce((s, p) => s + p, 0n);
  const order = weights.map((w, i) => ({ i, r: (total * w) % sum })).sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  for (const { i } of order) {
    if (left <= 0n) break;
    parts[i]! += 1n;
    left -= 1n;
  }
  return parts;
}
