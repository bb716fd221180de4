// The task pane: template and period pickers (defaults from the tracker), one "Tạo báo cáo" button, progress, the
// result (SharePoint link, open in Word, download) and the problems to fix (clicking one selects its cell); for an
// official document, "Xem trước" (the first page, nothing stored), "Tạo dự thảo" and "Phát hành" (after a confirmation:
// the number it got and the link to the filed PDF).
import { languageOf, translator, localizePage } from "./i18n.js";
import { readWorkbook, readTrackerPeriod, selectCell } from "./workbook.js";
import { defaultsFrom, specOf } from "./period.js";
import { fetchTemplates, createReport, checkTracker, createDraft, previewDraft, issueDocument, fetchFile, problemMessage, ApiProblem } from "./api.js";
import { renderResult, renderProblems, renderDraft, renderPreview, renderIssued, el } from "./result-view.js";

const $ = (id) => document.getElementById(id);
let t = translator("vi");
let lang = "vi";
let busy = false;

function setStatus(key, { progress = false } = {}) {
  $("status-text").textContent = key ? t(key) : "";
  $("progress").hidden = !progress;
  $("app").setAttribute("aria-busy", progress ? "true" : "false");
}

function setBusy(value) {
  busy = value;
  for (const id of ["generate", "check", "template", "period-kind", "publish", "preview", "draft", "issue", "issue-confirm"]) {
    $(id).disabled = value;
  }
}

function clearOutput() {
  for (const id of ["error", "result", "problems", "preview-card"]) {
    $(id).hidden = true;
    $(id).replaceChildren();
  }
  $("confirm-issue").hidden = true; // its question and buttons stay: only hidden
}

function showError(message, heading = "error") {
  $("error").replaceChildren(el("h2", { text: t(heading) }), el("p", { text: message }));
  $("error").hidden = false;
}

async function onSelectProblem(sheet, cell) {
  await selectCell(sheet, cell);
}

// ---- period picker ------------------------------------------------------------------------------------------------

function periodState() {
  return {
    kind: $("period-kind").value,
    year: $("period-year").value,
    month: $("period-month").value,
    from: $("period-from").value,
    to: $("period-to").value,
  };
}

function showPeriodRows() {
  const kind = $("period-kind").value;
  $("period-year-row").hidden = kind === "tracker" || kind === "range";
  $("period-month-row").hidden = kind !== "month";
  $("period-range-row").hidden = kind !== "range";
}

function fillPeriodPicker(trackerPeriod) {
  const kinds = [
    ["tracker", trackerPeriod?.name ? t("periodTrackerNamed", { name: trackerPeriod.name }) : t("periodTracker")],
    ["h1", t("periodH1")], ["h2", t("periodH2")],
    ["q1", t("periodQ", { q: "I" })], ["q2", t("periodQ", { q: "II" })], ["q3", t("periodQ", { q: "III" })], ["q4", t("periodQ", { q: "IV" })],
    ["year", t("periodYear")], ["month", t("periodMonth")], ["range", t("periodRange")],
  ];
  $("period-kind").replaceChildren(...kinds.map(([value, text]) => el("option", { value, text })));
  $("period-month").replaceChildren(...Array.from({ length: 12 }, (_, i) =>
    el("option", { value: String(i + 1), text: t("monthName", { m: i + 1 }) })));
  const state = defaultsFrom(trackerPeriod);
  $("period-kind").value = state.kind;
  $("period-year").value = String(state.year);
  $("period-month").value = String(state.month);
  $("period-from").value = state.from;
  $("period-to").value = state.to;
  showPeriodRows();
}

// ---- templates ------------------------------------------------------------------------------------------------------

let descriptions = new Map();

/**
 * The picker's options grouped by kind (Báo cáo, Kế hoạch, Biên bản…) in the server's order (by kind, then id); one
 * kind alone needs no group. A template of an older server without kind is "Other".
 */
function templateGroups(templates) {
  const option = (template) => el("option", { value: template.id, text: template.title ?? template.name ?? template.id });
  const groups = new Map();
  for (const template of templates) {
    const kind = template.kind ?? "Other";
    if (!groups.has(kind)) groups.set(kind, []);
    groups.get(kind).push(template);
  }
  if (groups.size <= 1) return templates.map(option);
  return [...groups].map(([kind, members]) =>
    el("optgroup", { label: t("kind" + kind) === "kind" + kind ? kind : t("kind" + kind) }, members.map(option)));
}

/** What the chosen template is for, under the picker (read with it: aria-describedby). */
function showTemplateDescription() {
  const text = descriptions.get($("template").value) ?? "";
  $("template-description").textContent = text;
  $("template-description").hidden = text === "";
}

async function loadTemplates() {
  const select = $("template");
  select.replaceChildren(el("option", { value: "", text: t("templateLoading") }));
  try {
    const templates = await fetchTemplates({ lang, onSignIn: () => setStatus("signingIn", { progress: true }) });
    select.replaceChildren(...templateGroups(templates));
    descriptions = new Map(templates.map((template) => [template.id, template.description ?? ""]));
    showTemplateDescription();
    $("template-hint").hidden = templates.length > 0;
    $("template-hint").textContent = templates.length > 0 ? "" : t("templateNone");
    setStatus(null);
  } catch (error) {
    select.replaceChildren();
    setStatus(null);
    showError(error instanceof ApiProblem ? problemMessage(error, t) : String(error));
  }
}

// ---- actions --------------------------------------------------------------------------------------------------------

async function request() {
  setStatus("readingWorkbook", { progress: true });
  let workbook;
  try {
    workbook = await readWorkbook();
  } catch (error) {
    throw new ApiProblem(-1, { detail: t("errorFile", { message: error?.message ?? String(error) }) });
  }
  return {
    workbook,
    template: $("template").value,
    period: specOf(periodState()),
    publish: $("publish").checked,
    lang,
  };
}

function showProblem(problem, heading) {
  if (problem.diagnostics.length > 0) {
    renderProblems($("problems"), problem.diagnostics, t, { onSelect: onSelectProblem });
    $("problems").focus();
  }
  const message = problem.status === -1 ? problem.detail : problemMessage(problem, t);
  if (problem.diagnostics.length === 0 || problem.status !== 422) {
    showError(message, heading);
  }
}

/** Runs one call to the host with the pane busy: reads the workbook, shows progress, then the outcome or the problem. */
async function withHost(statusKey, call, show, { errorHeading } = {}) {
  if (busy) return;
  setBusy(true);
  clearOutput();
  try {
    const body = await request();
    setStatus(statusKey, { progress: true });
    const answer = await call(body, { onSignIn: () => setStatus("signingIn", { progress: true }) });
    setStatus(null);
    show(answer);
  } catch (error) {
    setStatus(null);
    if (error instanceof ApiProblem) showProblem(error, errorHeading);
    else showError(String(error?.message ?? error), errorHeading);
  } finally {
    setBusy(false);
  }
}

async function generate(event) {
  event?.preventDefault();
  await withHost("working", createReport, (result) => {
    renderResult($("result"), result, t, { onSelectProblem });
    $("result").focus();
  });
}

async function check() {
  await withHost("checking", checkTracker, (answer) => {
    const diagnostics = answer?.diagnostics ?? [];
    if (diagnostics.length === 0) {
      renderProblems($("problems"), [], t, { heading: t("noProblems") });
    } else {
      renderProblems($("problems"), diagnostics, t, { onSelect: onSelectProblem });
    }
    $("problems").focus();
  });
}

async function preview() {
  await withHost("previewing", previewDraft, (answer) => {
    renderPreview($("preview-card"), answer, t);
    $("preview-card").focus();
  });
}

async function draft() {
  await withHost("drafting", createDraft, (answer) => {
    renderDraft($("result"), answer, t);
    $("result").focus();
  });
}

/** "Phát hành" asks first, in the pane (Office add-ins cannot use window.confirm): a number is never taken by a slip. */
function askToIssue() {
  if (busy) return;
  clearOutput();
  $("confirm-issue").hidden = false;
  $("confirm-issue").focus();
}

/** The issued PDF kept on the host: fetched (with the token when signed in) and handed to the browser as a download. */
async function openHostFile(url, fileName) {
  try {
    const file = await fetchFile(url, { lang });
    const link = el("a", { href: URL.createObjectURL(file.blob), download: file.fileName ?? fileName ?? "van-ban.pdf" });
    document.body.append(link);
    link.click();
    link.remove();
  } catch (error) {
    showError(error instanceof ApiProblem ? problemMessage(error, t) : String(error?.message ?? error), "errorIssue");
  }
}

async function issue() {
  await withHost("issuing", issueDocument, (answer) => {
    renderIssued($("result"), answer, t, { onSelectProblem, onOpenHostFile: openHostFile });
    $("result").focus();
  }, { errorHeading: "errorIssue" });
}

function cancelIssue() {
  $("confirm-issue").hidden = true;
  $("issue").focus();
}

async function start() {
  lang = languageOf(Office.context?.displayLanguage);
  t = translator(lang);
  localizePage(t, lang);
  document.title = t("title");
  $("report-form").addEventListener("submit", generate);
  $("check").addEventListener("click", check);
  $("preview").addEventListener("click", preview);
  $("draft").addEventListener("click", draft);
  $("issue").addEventListener("click", askToIssue);
  $("issue-confirm").addEventListener("click", issue);
  $("issue-cancel").addEventListener("click", cancelIssue);
  $("period-kind").addEventListener("change", showPeriodRows);
  $("template").addEventListener("change", showTemplateDescription);
  const [trackerPeriod] = await Promise.all([readTrackerPeriod(), loadTemplates()]);
  fillPeriodPicker(trackerPeriod);
  $("app").setAttribute("aria-busy", "false");
  document.body.dataset.ready = "true";
  if (!trackerPeriod) {
    // No Excel API here (or no Thông tin chung sheet it could read): the server reads the tracker's period.
    await periodFromServer();
  }
  document.body.dataset.periodReady = "true";
}

/** The tracker's period as the server reads it (POST /api/check answers it), unless the user already chose one. */
async function periodFromServer() {
  try {
    const answer = await checkTracker({ workbook: await readWorkbook(), lang });
    const period = answer?.period;
    const date = (iso) => (iso ? new Date(`${iso}T00:00:00Z`) : null);
    if (period?.from && period?.to && $("period-kind").value === "tracker" && !busy) {
      fillPeriodPicker({ name: period.label ?? null, from: date(period.from), to: date(period.to) });
    }
  } catch {
    // The picker keeps "as in the tracker": the server applies the tracker's own period anyway.
  }
}

Office.onReady(() => start());
