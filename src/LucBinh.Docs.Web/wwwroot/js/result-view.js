// Renders a report result and a list of problems (diagnostics) into the task pane or the result dialog.
import { base64ToBlob } from "./api.js";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === "text") element.textContent = value;
    else if (name.startsWith("on")) element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? "" : value);
  }
  for (const child of children.flat()) {
    if (child) element.append(child);
  }
  return element;
}

export { el };

/**
 * Where a diagnostic is, for the list: "Văn bản căn cứ!C14" for a cell (the server's address, what Excel shows
 * in its name box), otherwise the place in words (paragraph of the template, file).
 */
export function whereOf(location) {
  if (!location) return "";
  if (location.address) return location.address;
  if (location.sheet && location.cell) return `${location.sheet}!${location.cell}`;
  return location.text ?? location.display ?? location.sheet ?? "";
}

/** "Kỳ: 6 tháng đầu năm 2024 (01/01/2024 – 30/06/2024)" from the answer's period (ISO dates), or "". */
export function periodText(period, t) {
  if (!period || (!period.label && !period.from)) return "";
  const vn = (iso) => (iso ? iso.split("-").reverse().join("/") : "");
  const range = period.from && period.to ? `${vn(period.from)} – ${vn(period.to)}` : "";
  const text = period.label && range ? `${period.label} (${range})` : (period.label ?? range);
  return t("periodResult", { period: text });
}

/** The headline for a successful result, by where it was stored. */
export function doneMessage(result, t) {
  switch (result.store) {
    case "sharepoint": return t("doneSharePoint");
    case "outbox": return t("doneOutbox");
    case "local": return result.savedTo ? t("doneLocal") : t("doneDownloadOnly");
    default: return t("doneDownloadOnly");
  }
}

/**
 * Fills <paramref name="container"> with the result: headline, SharePoint link and "open in Word" (ms-word:ofe|u|URL),
 * the sharing link with a copy button, where it was saved, a download of the .docx from the base64 document.
 */
export function renderResult(container, result, t, { onSelectProblem } = {}) {
  container.replaceChildren();
  container.hidden = false;
  container.className = result.store === "outbox" ? "card warning" : "card success";
  container.append(el("h2", { id: "result-title", text: doneMessage(result, t) }));
  if (result.fileName) {
    container.append(el("p", { class: "file-name", text: result.fileName }));
  }
  const period = periodText(result.period, t);
  if (period) {
    container.append(el("p", { class: "hint", id: "result-period", text: period }));
  }
  const actions = el("div", { class: "actions" });
  if (result.webUrl) {
    actions.append(el("a", { class: "button primary", id: "open-sharepoint", href: result.webUrl, target: "_blank", rel: "noopener", text: t("openSharePoint") }));
    actions.append(el("a", { class: "button", id: "open-word", href: `ms-word:ofe|u|${result.webUrl}`, text: t("openInWord") }));
  }
  if (result.document) {
    const blob = base64ToBlob(result.document, DOCX);
    const size = t("bytes", { n: Math.max(1, Math.round((result.size ?? blob.size) / 1024)) });
    actions.append(el("a", {
      class: result.webUrl ? "button" : "button primary",
      id: "download",
      href: URL.createObjectURL(blob),
      download: result.fileName ?? "bao-cao.docx",
      text: t("download", { size }),
    }));
  }
  if (actions.childElementCount > 0) {
    container.append(actions);
  }
  if (result.shareLink) {
    const input = el("input", { id: "share-link", type: "text", readonly: true, value: result.shareLink });
    const copied = el("span", { class: "hint", role: "status" });
    container.append(el("div", { class: "share" },
      el("label", { for: "share-link", text: t("shareLink") }),
      el("div", { class: "share-row" }, input,
        el("button", {
          type: "button", class: "button", text: t("copyLink"),
          onclick: async () => {
            input.select();
            try { await navigator.clipboard.writeText(result.shareLink); } catch { document.execCommand?.("copy"); }
            copied.textContent = t("copied");
          },
        })),
      copied));
  }
  if (result.savedTo) {
    container.append(el("p", { class: "hint", text: t("savedTo", { path: result.savedTo }) }));
  }
  if (Array.isArray(result.warnings) && result.warnings.length > 0) {
    const warnings = el("div", { class: "warnings", id: "warnings" });
    renderProblems(warnings, result.warnings, t, { title: "warningsTitle", onSelect: onSelectProblem });
    container.append(warnings);
  }
}

/**
 * A list of problems, each with its message and location; a problem with a sheet and a cell is a button that
 * selects that cell in Excel (onSelect).
 */
export function renderProblems(container, diagnostics, t, { title = "problemsTitle", onSelect, heading } = {}) {
  container.replaceChildren();
  container.hidden = false;
  const titleId = `${container.id || "problems"}-title`;
  container.append(el("h2", { id: titleId, text: heading ?? t(title, { count: diagnostics.length }) }));
  const list = el("ul", { class: "problems", "aria-labelledby": titleId });
  for (const diagnostic of diagnostics) {
    const location = diagnostic.location ?? {};
    const where = whereOf(location);
    const severity = String(diagnostic.severity ?? "error").toLowerCase();
    const body = [
      el("span", { class: `severity ${severity}`, text: diagnostic.code ?? "" }),
      el("span", { class: "message", text: diagnostic.message ?? "" }),
      where ? el("span", { class: "where", title: location.text ?? "", text: where }) : null,
    ];
    const canSelect = Boolean(onSelect && location.sheet && location.cell);
    const item = canSelect
      ? el("button", {
        type: "button",
        class: "problem",
        title: t("problemGoTo", { where }),
        "data-sheet": location.sheet,
        "data-cell": location.cell,
        onclick: () => onSelect(location.sheet, location.cell),
      }, body)
      : el("div", { class: "problem" }, body);
    list.append(el("li", { class: severity }, item));
  }
  container.append(list);
}

/** The draft from POST /api/drafts: a download of the .docx (number blank, "DỰ THẢO" on every page). */
export function renderDraft(container, draft, t) {
  container.replaceChildren();
  container.hidden = false;
  container.className = "card success";
  const fileName = draft.fileName ?? "du-thao.docx";
  container.append(
    el("h2", { id: "result-title", text: t("draftTitle") }),
    el("p", { class: "file-name", text: fileName }),
    el("div", { class: "actions" },
      el("a", { class: "button primary", id: "download-draft", href: URL.createObjectURL(draft.blob), download: fileName, text: t("downloadDraft") })));
}

/** The first page from POST /api/preview, as an image in the pane (nothing is stored). */
export function renderPreview(container, preview, t) {
  container.replaceChildren();
  container.hidden = false;
  container.className = "card";
  container.append(
    el("h2", { id: "preview-title", text: t("previewTitle") }),
    el("img", { id: "preview-image", class: "page-preview", src: URL.createObjectURL(preview.blob), alt: t("previewAlt") }));
}

/** The answer of POST /api/issue: the number it got, its date, the PDF link and the notes. */
export function renderIssued(container, answer, t, { onSelectProblem, onOpenHostFile } = {}) {
  container.replaceChildren();
  container.hidden = false;
  const title = answer.status === "alreadyIssued" ? "alreadyIssuedTitle" : answer.status === "filingPending" ? "issuedPendingTitle" : "issuedTitle";
  container.className = answer.status === "filingPending" ? "card warning" : "card success";
  container.append(el("h2", { id: "result-title", text: t(title, { symbol: answer.symbol }) }));
  container.append(el("p", { id: "issued-date", text: t("issuedDate", { date: answer.date }) }));
  if (answer.documentFile) {
    container.append(el("p", { class: "file-name", text: t("issuedFile", { file: answer.documentFile }) }));
  }
  const actions = el("div", { class: "actions" });
  if (answer.pdfUrl && /^https?:/i.test(answer.pdfUrl)) {
    // The library's PDF: SharePoint signs the user in itself.
    actions.append(el("a", { class: "button primary", id: "open-pdf", href: answer.pdfUrl, target: "_blank", rel: "noopener", text: t("openPdf") }));
  } else if (answer.pdfUrl) {
    // The host's copy: fetched by script, so the sign-in token goes with it when the host requires one.
    actions.append(el("button", { type: "button", class: "button primary", id: "open-pdf", text: t("openPdf"), onclick: () => onOpenHostFile?.(answer.pdfUrl, answer.pdfFile) }));
  }
  if (answer.documentUrl) {
    actions.append(el("a", { class: "button", id: "open-issued", href: answer.documentUrl, target: "_blank", rel: "noopener", text: t("openIssuedDocument") }));
  }
  if (actions.childElementCount > 0) {
    container.append(actions);
  }
  if (Array.isArray(answer.warnings) && answer.warnings.length > 0) {
    const warnings = el("div", { class: "warnings", id: "warnings" });
    renderProblems(warnings, answer.warnings, t, { title: "warningsTitle", onSelect: onSelectProblem });
    container.append(warnings);
  }
}
