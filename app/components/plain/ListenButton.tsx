import { useLocation } from "@remix-run/react";
import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { joinBlocks, speechChunks, speechLanguage } from "~/domain/speech-text";

/** What the reader skips: things not shown, the control itself, the page's navigation and the rating form. */
const SKIP = "script, style, noscript, template, nav, form, [hidden], [aria-hidden='true'], [data-listen='skip'], [data-element='feedback']";
const INLINE = new Set(["inline", "contents"]);

function rendered(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: () => boolean }).checkVisibility;
  if (check) return check.call(el);
  return el.getClientRects().length > 0;
}

/** The visible text of `root`, one string per block (paragraph, heading, list item, cell…), in page order. */
function visibleBlocks(root: HTMLElement): string[] {
  const blocks: string[] = [];
  const blockOf = new Map<Element, Element>();
  const findBlock = (el: Element): Element => {
    let cur: Element = el;
    while (cur !== root && cur.parentElement && INLINE.has(getComputedStyle(cur).display)) cur = cur.parentElement;
    return cur;
  };
  let current = "";
  let currentBlock: Element | null = null;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest(SKIP) || !rendered(parent)) continue;
    let block = blockOf.get(parent);
    if (!block) {
      block = findBlock(parent);
      blockOf.set(parent, block);
    }
    if (block !== currentBlock) {
      blocks.push(current);
      current = "";
      currentBlock = block;
    }
    current += node.textContent ?? "";
  }
  blocks.push(current);
  return blocks;
}

type ListenState = "idle" | "speaking" | "paused";

/**
 * "Ascolta" (issue 7 §6): reads the page's main region aloud with the browser's own speech synthesis,
 * in the page's language. Progressive enhancement: nothing is rendered on the server nor in a browser
 * without `speechSynthesis`, so there is never a button that does nothing; it appears after hydration.
 * Reading stops when the reader leaves the page (another route, or the page being unloaded).
 */
export function ListenButton() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const [supported, setSupported] = useState(false);
  const [state, setState] = useState<ListenState>("idle");
  // Each reading has a number: callbacks of a reading that was stopped or replaced do nothing.
  const reading = useRef(0);

  useEffect(() => {
    setSupported(typeof window.speechSynthesis !== "undefined" && typeof window.SpeechSynthesisUtterance === "function");
  }, []);

  useEffect(() => {
    if (!supported) return;
    const stopOnLeave = () => window.speechSynthesis.cancel();
    window.addEventListener("pagehide", stopOnLeave);
    return () => {
      window.removeEventListener("pagehide", stopOnLeave);
      reading.current++;
      window.speechSynthesis.cancel();
      setState("idle");
    };
  }, [supported, pathname]);

  const start = useCallback(() => {
    const synth = window.speechSynthesis;
    const main = document.getElementById("main-content");
    if (!main) return;
    synth.cancel();
    const chunks = speechChunks(joinBlocks(visibleBlocks(main)));
    if (!chunks.length) return;
    const lang = speechLanguage(document.documentElement.lang || "it");
    const voices = synth.getVoices();
    const voice =
      voices.find((v) => v.lang.replace("_", "-").toLowerCase() === lang.toLowerCase()) ??
      voices.find((v) => v.lang.toLowerCase().startsWith(lang.slice(0, 2)));
    const id = ++reading.current;
    const finish = () => {
      if (reading.current === id) setState("idle");
    };
    chunks.forEach((chunk, i) => {
      const utterance = new SpeechSynthesisUtterance(chunk);
      utterance.lang = lang;
      if (voice) utterance.voice = voice;
      if (i === chunks.length - 1) utterance.onend = finish;
      utterance.onerror = finish;
      synth.speak(utterance);
    });
    setState("speaking");
  }, []);

  const stop = useCallback(() => {
    reading.current++;
    window.speechSynthesis.cancel();
    setState("idle");
  }, []);

  const toggle = () => {
    if (state === "idle") start();
    else if (state === "speaking") {
      window.speechSynthesis.pause();
      setState("paused");
    } else {
      window.speechSynthesis.resume();
      setState("speaking");
    }
  };

  if (!supported) return null;
  return (
    <div className="d-flex flex-wrap align-items-center gap-2 mb-3" data-listen="skip" data-testid="listen">
      <button type="button" className="btn btn-outline-primary btn-sm" onClick={toggle}>
        {state === "idle" ? (
          <>
            {t("listen.start")}
            <span className="visually-hidden"> {t("listen.startHidden")}</span>
          </>
        ) : state === "speaking" ? (
          t("listen.pause")
        ) : (
          t("listen.resume")
        )}
      </button>
      {state === "idle" ? null : (
        <button type="button" className="btn btn-outline-secondary btn-sm" onClick={stop}>
          {t("listen.stop")}
        </button>
      )}
      <span role="status" className="small">
        {state === "speaking" ? t("listen.speaking") : state === "paused" ? t("listen.paused") : ""}
      </span>
    </div>
  );
}
