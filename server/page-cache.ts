import { createHash } from "node:crypto";

export interface CachedPage {
  status: number;
  headers: [string, string][];
  body: Buffer;
  etag: string;
  storedAt: number;
}

/**
 * A tiny LRU of rendered anonymous pages, one per worker. It holds nothing another instance needs:
 * losing it costs one render. Entries are fresh for `ttlMs` (a few seconds); after that, for up to
 * `staleMs` more, the old page is still served while one request renders the new one in the
 * background, so an expiry never sends every waiting reader to the renderer at once.
 */
export class PageCache {
  private readonly entries = new Map<string, CachedPage>();

  private readonly inflight = new Map<string, Promise<CachedPage | null>>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries: number,
    private readonly now: () => number = Date.now,
    private readonly staleMs: number = ttlMs * 10,
  ) {}

  get enabled(): boolean {
    return this.ttlMs > 0 && this.maxEntries > 0;
  }

  /** The page for `key` and whether it is still fresh; undefined when there is none or it is too old. */
  lookup(key: string): { page: CachedPage; fresh: boolean } | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    const age = this.now() - entry.storedAt;
    if (age > this.ttlMs + this.staleMs) {
      this.entries.delete(key);
      return undefined;
    }
    // Refresh its place in the LRU order.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return { page: entry, fresh: age <= this.ttlMs };
  }

  get(key: string): CachedPage | undefined {
    const found = this.lookup(key);
    return found?.fresh ? found.page : undefined;
  }

  /**
   * Runs `render` once for concurrent callers of the same key: the others wait for its page
   * (null when the response could not be shared, and each caller must then render its own).
   */
  coalesce(key: string, render: () => Promise<CachedPage | null>): Promise<CachedPage | null> {
    let pending = this.inflight.get(key);
    if (!pending) {
      pending = render().finally(() => this.inflight.delete(key));
      this.inflight.set(key, pending);
    }
    return pending;
  }

  isRendering(key: string): boolean {
    return this.inflight.has(key);
  }

  set(key: string, page: Omit<CachedPage, "storedAt" | "etag">): CachedPage {
    const entry: CachedPage = { ...page, etag: etagOf(page.body), storedAt: this.now() };
    this.entries.delete(key);
    this.entries.set(key, entry);
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    return entry;
  }

  get size(): number {
    return this.entries.size;
  }
}

export function etagOf(body: Buffer): string {
  return `W/"${createHash("sha1").update(body).digest("base64url").slice(0, 27)}"`;
}
