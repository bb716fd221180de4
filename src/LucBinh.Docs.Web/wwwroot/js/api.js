// The web host's API on the add-in's own origin: GET /api/templates, POST /api/reports, POST /api/check,
// POST /api/drafts, POST /api/preview, POST /api/issue (multipart: workbook, template, period, publish, lang). When the server requires sign-in it answers 401; the add-in
// then gets a token with Office SSO (Office.auth.getAccessToken), falling back to a sign-in dialog with MSAL when SSO
// is unavailable (errors 13xxx), and repeats the request once with "Authorization: Bearer …".

let cachedToken = null;

/** A failed call as data: { status, code, title, detail, diagnostics }. */
export class ApiProblem extends Error {
  constructor(status, body) {
    super(body?.detail || body?.title || `HTTP ${status}`);
    this.status = status;
    this.code = body?.code ?? null;
    this.title = body?.title ?? null;
    this.detail = body?.detail ?? null;
    this.diagnostics = Array.isArray(body?.diagnostics) ? body.diagnostics : [];
  }
}

/** SSO errors after which the dialog fallback may succeed (13xxx except "the user cancelled", 13002). */
function ssoUnavailable(error) {
  const code = Number(error?.code);
  return code >= 13000 && code < 14000 && code !== 13002;
}

async function ssoToken() {
  return Office.auth.getAccessToken({ allowSignInPrompt: true, allowConsentPrompt: true, forMSGraphAccess: true });
}

/** The sign-in dialog (signin.html with MSAL): it sends back {status:"ok", token} or {status:"error", message}. */
function dialogToken(lang) {
  return new Promise((resolve, reject) => {
    const url = new URL(`signin.html?lang=${encodeURIComponent(lang)}`, window.location.href).href;
    Office.context.ui.displayDialogAsync(url, { height: 60, width: 30, promptBeforeOpen: false }, (opened) => {
      if (opened.status !== Office.AsyncResultStatus.Succeeded) {
        reject(opened.error ?? new Error("dialog"));
        return;
      }
      const dialog = opened.value;
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
        dialog.close();
        let message;
        try {
          message = JSON.parse(arg.message);
        } catch {
          message = { status: "error", message: String(arg.message) };
        }
        if (message.status === "ok" && message.token) {
          resolve(message.token);
        } else {
          reject(new Error(message.message || "sign-in"));
        }
      });
      dialog.addEventHandler(Office.EventType.DialogEventReceived, (arg) => {
        reject(Object.assign(new Error(`dialog closed (${arg.error})`), { code: arg.error }));
      });
    });
  });
}

/** A token for the host's API: Office SSO first, the MSAL dialog when SSO cannot be used here. */
export async function acquireToken(lang) {
  try {
    cachedToken = await ssoToken();
  } catch (error) {
    if (!ssoUnavailable(error)) {
      throw error;
    }
    cachedToken = await dialogToken(lang);
  }
  return cachedToken;
}

async function send(path, makeInit, { lang, onSignIn, binary = false } = {}) {
  const attempt = async () => {
    const init = makeInit();
    init.headers = { Accept: "application/json", ...(init.headers ?? {}) };
    if (cachedToken) {
      init.headers.Authorization = `Bearer ${cachedToken}`;
    }
    return fetch(path, init);
  };

  let response;
  try {
    response = await attempt();
    if (response.status === 401) {
      // The server is configured for sign-in (or the token expired): get a (new) token and try once more.
      cachedToken = null;
      onSignIn?.();
      try {
        await acquireToken(lang ?? "vi");
      } catch (error) {
        throw new ApiProblem(401, { code: "signin", detail: error?.message ?? String(error) });
      }
      response = await attempt();
    }
  } catch (error) {
    if (error instanceof ApiProblem) {
      throw error;
    }
    throw new ApiProblem(0, { code: "network", detail: error?.message ?? String(error) });
  }

  const type = response.headers.get("content-type") ?? "";
  if (binary && response.ok) {
    // A file (the draft .docx, the preview PNG): its bytes and the name the server gave it.
    return { blob: await response.blob(), fileName: fileNameOf(response.headers.get("content-disposition")) };
  }
  const body = type.includes("json") ? await response.json().catch(() => null) : null;
  if (!response.ok) {
    throw new ApiProblem(response.status, body);
  }
  return body;
}

/** The file name of a Content-Disposition header (filename* in UTF-8 first, as the server sends Vietnamese names). */
function fileNameOf(disposition) {
  if (!disposition) return null;
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (star) {
    try { return decodeURIComponent(star[1]); } catch { /* fall back to the plain name */ }
  }
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  return plain ? plain[1] : null;
}

/** The server's templates: [{ id, name, description?, source }]. */
export function fetchTemplates(options) {
  return send("api/templates", () => ({ method: "GET" }), options);
}

function form({ workbook, template, period, publish, lang }) {
  const data = new FormData();
  const blob = new Blob([workbook], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
  data.append("workbook", blob, "so-theo-doi.xlsx");
  if (template) data.append("template", template);
  if (period) data.append("period", period);
  if (publish !== undefined) data.append("publish", publish ? "true" : "false");
  data.append("lang", lang);
  return data;
}

/** POST /api/reports → { fileName, size, store, webUrl?, shareLink?, savedTo?, warnings, document (base64) }. */
export function createReport(request, options) {
  return send("api/reports", () => ({ method: "POST", body: form(request) }), { lang: request.lang, ...options });
}

/** POST /api/check → { diagnostics }. */
export function checkTracker(request, options) {
  return send("api/check", () => ({ method: "POST", body: form(request) }), { lang: request.lang, ...options });
}

/** POST /api/drafts → { blob (the draft .docx, "DỰ THẢO" on every page, number blank), fileName }. */
export function createDraft(request, options) {
  return send("api/drafts", () => ({ method: "POST", body: form(request) }), { lang: request.lang, binary: true, ...options });
}

/** POST /api/preview → { blob (the draft's first page, PNG) }: nothing is stored. */
export function previewDraft(request, options) {
  return send("api/preview", () => ({ method: "POST", body: form(request) }), { lang: request.lang, binary: true, ...options });
}

/** POST /api/issue → { status, symbol, number, date, kindName, documentFile, pdfFile, pdfUrl, warnings }. */
export function issueDocument(request, options) {
  return send("api/issue", () => ({ method: "POST", body: form(request) }), { lang: request.lang, ...options });
}

/** A file this host serves under /api (the issued PDF), fetched with the sign-in token when the host requires one. */
export function fetchFile(path, options) {
  return send(path, () => ({ method: "GET" }), { binary: true, ...options });
}

/** The message a user should read for a failed call. */
export function problemMessage(problem, t) {
  switch (problem.status) {
    case 0: return t("errorNetwork");
    case 401: return problem.code === "signin" ? t("errorSignIn", { message: problem.detail ?? "" }) : t("errorAuth");
    case 403: return (problem.code === "WEB017" || problem.code === "WEB041") && problem.detail ? problem.detail : t("errorForbidden");
    case 413: return t("errorTooLarge");
    case 400: case 415: return problem.detail || t("errorNotSpreadsheet");
    default:
      // Busy (WEB016) and over the time limit (WEB007) say when to try again in the user's language.
      if (problem.status === 503 && problem.detail && (problem.code === "WEB016" || problem.code === "WEB007")) return problem.detail;
      // Preview and issuing say what the server lacks or what happened to the number, in the user's language.
      if (problem.detail && ["WEB040", "WEB043", "WEB044", "WEB046"].includes(problem.code)) return problem.detail;
      if (problem.status >= 500) return t("errorServer", { status: problem.status });
      return problem.detail || problem.title || t("error");
  }
}

/** base64 (the report's bytes in the JSON answer) → Blob. */
export function base64ToBlob(base64, type) {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) {
    bytes[i] = binary.charCodeAt(i);
  }
  return new Blob([bytes], { type });
}
