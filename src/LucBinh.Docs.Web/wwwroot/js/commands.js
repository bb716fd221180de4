// The ribbon's "Tạo báo cáo" (ExecuteFunction): generate and publish in one click with the server's first template
// and the tracker's own period, then tell the user. Excel has no notification bar for add-ins (Outlook's
// notificationMessages do not exist here), so the outcome is shown in an Office dialog (result.html) that holds the
// SharePoint link, "open in Word" or the problems to fix; event.completed() is called when that dialog closes (or at
// once if it cannot open), as Office requires of every function command.
import { languageOf, translator } from "./i18n.js";
import { readWorkbook } from "./workbook.js";
import { fetchTemplates, createReport, problemMessage, ApiProblem } from "./api.js";
import { doneMessage } from "./result-view.js";

/** At most this many problems travel to the dialog in its URL (the task pane shows them all). */
const MAX_PROBLEMS = 15;

function encode(outcome) {
  const bytes = new TextEncoder().encode(JSON.stringify(outcome));
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** Opens result.html with the outcome in its fragment; resolves when the user closes it (or it cannot open). */
function showOutcome(outcome) {
  return new Promise((resolve) => {
    const url = new URL(`result.html#${encode(outcome)}`, window.location.href).href;
    Office.context.ui.displayDialogAsync(url, { height: 45, width: 35, promptBeforeOpen: false }, (opened) => {
      if (opened.status !== Office.AsyncResultStatus.Succeeded) {
        resolve(false);
        return;
      }
      const dialog = opened.value;
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
        dialog.close();
        resolve(true);
      });
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve(true));
    });
  });
}

/** What the dialog needs: never the document itself (the dialog links to SharePoint; the task pane downloads). */
function summary(result, t) {
  return {
    kind: "done",
    lang: t.lang,
    message: doneMessage(result, t),
    fileName: result.fileName,
    store: result.store,
    webUrl: result.webUrl ?? null,
    shareLink: result.shareLink ?? null,
    savedTo: result.savedTo ?? null,
    period: result.period ?? null,
    warnings: (result.warnings ?? []).slice(0, MAX_PROBLEMS),
  };
}

export async function generateReport(event) {
  const lang = languageOf(Office.context.displayLanguage);
  const t = Object.assign(translator(lang), { lang });
  let outcome;
  try {
    const workbook = await readWorkbook();
    const templates = await fetchTemplates({ lang });
    const result = await createReport({ workbook, template: templates[0]?.id ?? "", period: "", publish: true, lang });
    outcome = summary(result, t);
  } catch (error) {
    const problem = error instanceof ApiProblem ? error : null;
    outcome = {
      kind: "problem",
      lang,
      message: problem ? problemMessage(problem, t) : t("errorFile", { message: error?.message ?? String(error) }),
      diagnostics: (problem?.diagnostics ?? []).slice(0, MAX_PROBLEMS),
      more: Math.max(0, (problem?.diagnostics?.length ?? 0) - MAX_PROBLEMS),
    };
  }
  try {
    await showOutcome(outcome);
  } finally {
    event.completed();
  }
}

Office.onReady(() => {
  // Office.actions.associate maps the manifest's <FunctionName> to the function; older clients call a global.
  if (Office.actions?.associate) {
    Office.actions.associate("generateReport", generateReport);
  }
  globalThis.generateReport = generateReport;
});
