import { afterAll, describe, expect, it } from "vitest";
import { citizenLogin } from "../../accessibility/sessions";
import { browserContext, closeBrowser, hydrated, tabTo } from "./helpers";

afterAll(closeBrowser);

/** A test-IdP citizen no other browser test logs in as: the preferences saved on her profile stay hers. */
const CITIZEN = "Giovanni Brambilla";

const htmlState = (page: import("playwright-core").Page) =>
  page.evaluate(() => ({
    classes: [...document.documentElement.classList],
    size: document.documentElement.dataset.textSize ?? null,
    rootFont: getComputedStyle(document.documentElement).fontSize,
    bodyColor: getComputedStyle(document.body).color,
    headerBackground: getComputedStyle(document.querySelector(".it-header-slim-wrapper")!).backgroundColor,
    bodyFont: getComputedStyle(document.querySelector("main p, main h1")!).fontFamily,
  }));

describe("reading preferences", () => {
  it("without JavaScript: chosen from the header, saved, back on the same page with 200 % text and high contrast", async () => {
    const context = await browserContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/servizi");
    const before = await htmlState(page);
    expect(before.size).toBeNull();
    expect(before.rootFont).toBe("16px");

    await Promise.all([page.waitForURL("**/preferenze-di-lettura?ritorno=%2Fservizi"), page.getByRole("link", { name: "Preferenze di lettura" }).click()]);
    expect(await page.locator("h1").innerText()).toBe("Preferenze di lettura");
    await page.locator('label[for="textSize-200"]').click();
    await page.locator('label[for="highContrast"]').click();
    await Promise.all([page.waitForURL((u) => u.pathname === "/servizi"), page.getByRole("button", { name: "Salva le preferenze" }).click()]);

    const after = await htmlState(page);
    expect(after.classes).toContain("stp-contrast");
    expect(after.size).toBe("200");
    expect(after.rootFont).toBe("32px");
    expect(after.bodyColor).toBe("rgb(0, 0, 0)");
    // The header's band is darker than bootstrap-italia's blue: its white text reaches 7:1.
    expect(after.headerBackground).toBe("rgb(0, 19, 38)");
    expect(after.bodyFont).toMatch(/^"?Titillium Web/);

    const cookie = (await context.cookies()).find((c) => c.name === "prefs");
    expect(cookie).toMatchObject({ value: "t200c", httpOnly: true, sameSite: "Lax", path: "/" });
    expect(cookie!.expires * 1000 - Date.now()).toBeGreaterThan(300 * 24 * 3600 * 1000);

    // Every other page carries them too, and the form shows them chosen.
    await page.goto("/preferenze-di-lettura");
    expect(await page.locator("#textSize-200").isChecked()).toBe(true);
    expect(await page.locator("#highContrast").isChecked()).toBe(true);
    expect((await htmlState(page)).size).toBe("200");

    // Back to normal: the cookie goes.
    await Promise.all([page.waitForURL("**/preferenze-di-lettura?esito=ripristinate"), page.getByRole("button", { name: "Ripristina le impostazioni normali" }).click()]);
    expect((await htmlState(page)).classes).not.toContain("stp-contrast");
    expect((await context.cookies()).some((c) => c.name === "prefs")).toBe(false);
    await context.close();
  });

  it("refuses a text size the form does not offer, with the error summary and the answers kept", async () => {
    const context = await browserContext();
    const page = await context.newPage();
    await page.goto("/preferenze-di-lettura");
    await hydrated(page);
    await page.locator('label[for="spacing"]').click();
    await page.locator("#textSize-200").evaluate((el) => {
      (el as HTMLInputElement).value = "300";
      (el as HTMLInputElement).checked = true;
    });
    const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === "POST"), page.getByRole("button", { name: "Salva le preferenze" }).click()]);
    expect(response.status()).toBe(400);
    await expect.poll(() => page.title()).toMatch(/^Errore: Preferenze di lettura/);
    expect(await page.getByRole("alert").innerText()).toContain("Scegli una dimensione del testo");
    expect(await page.locator("#spacing").isChecked()).toBe(true);
    expect((await context.cookies()).some((c) => c.name === "prefs")).toBe(false);
    await context.close();
  });

  it("is reached with the keyboard from the header of any page", async () => {
    const context = await browserContext();
    const page = await context.newPage();
    await page.goto("/faq");
    await hydrated(page);
    const focused = await tabTo(page, (el) => el.href?.startsWith("/preferenze-di-lettura") ?? false, 10);
    expect(focused.text).toBe("Preferenze di lettura");
    await page.keyboard.press("Enter");
    await expect.poll(() => new URL(page.url()).pathname).toBe("/preferenze-di-lettura");
    expect(new URL(page.url()).searchParams.get("ritorno")).toBe("/faq");
    await context.close();
  });

  it("a logged-in citizen's choice is kept on her profile and follows her to another browser", async () => {
    const first = await browserContext();
    const page = await first.newPage();
    await citizenLogin(page, CITIZEN);
    await page.goto("/preferenze-di-lettura");
    await hydrated(page);
    await page.locator('label[for="textSize-150"]').click();
    await page.locator('label[for="spacing"]').click();
    await page.locator('label[for="readableFont"]').click();
    await Promise.all([page.waitForURL("**/preferenze-di-lettura?esito=salvate-profilo"), page.getByRole("button", { name: "Salva le preferenze" }).click()]);
    expect(await page.getByRole("status").first().innerText()).toContain("anche nel tuo profilo");
    await first.close();

    // Another browser, with no cookie: the login brings the profile's preferences.
    const second = await browserContext();
    const other = await second.newPage();
    await other.goto("/");
    expect((await htmlState(other)).size).toBeNull();
    await citizenLogin(other, CITIZEN);
    const state = await htmlState(other);
    expect(state.size).toBe("150");
    expect(state.rootFont).toBe("24px");
    expect(state.classes).toEqual(expect.arrayContaining(["stp-spacing", "stp-readable-font"]));
    expect(state.bodyFont).toMatch(/^"?Atkinson Hyperlegible/);
    // The font comes from this site, never from elsewhere.
    const fontLoaded = await other.evaluate(() => document.fonts.check('16px "Atkinson Hyperlegible"'));
    expect(fontLoaded).toBe(true);
    await second.close();
  });
});
