import { startServer } from "../tests/setup/server";
const s = await startServer({ DEMO_MODE: "true", PAGE_CACHE_TTL_MS: "0" });
console.log("URL", s.url);
setInterval(() => {}, 1 << 30);
