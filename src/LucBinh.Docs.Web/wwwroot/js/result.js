// The dialog the ribbon's "Tạo báo cáo" opens with its outcome (from commands.js, in the URL fragment): the
// SharePoint link and "open in Word", or the problems to fix with their sheet and cell.
import { translator, localizePage, languageOf } from "./i18n.js";
import { renderResult, renderProblems, el } from "./result-view.js";

function decode(fragment) {
  try {
    const base64 = fragment.replace(/-/g, "+").replace(/_/g, "/");
    const binary = atob(base64 + "=".repeat((4 - (base64.length % 4)) % 4));
    return JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0))));
  } catch {
    return null;
  }
}

function close() {
  if (Office.context?.ui?.messageParent) {
    Office.context.ui.messageParent("close");
  } else {
    window.close();
  }
}

function show() {
  const outcome = decode(window.location.hash.slice(1));
  const lang = outcome?.lang ?? languageOf(Office.context?.displayLanguage);
  const t = translator(lang);
  localizePage(t, lang);
  document.title = t("dialogTitle");
  document.getElementById("close").addEventListener("click", close);
  const hint = document.getElementById("hint");
  if (outcome?.kind === "done") {
    const section = document.getElementById("result");
    renderResult(section, outcome, t);
    section.querySelector("h2").textContent = outcome.message;
    if (!outcome.webUrl) {
      hint.textContent = t("openTaskPaneHint");
      hint.hidden = false;
    }
    section.focus();
  } else {
    const section = document.getElementById("problems");
    const diagnostics = outcome?.diagnostics ?? [];
    renderProblems(section, diagnostics, t, { heading: outcome?.message ?? t("error") });
    if (outcome?.more > 0 || diagnostics.length > 0) {
      hint.textContent = t("openTaskPaneHint");
      hint.hidden = false;
    }
    section.append(el("span", { class: "visually-hidden", text: t("error") }));
    section.focus();
  }
  document.body.dataset.ready = "true";
}

Office.onReady(() => show());
