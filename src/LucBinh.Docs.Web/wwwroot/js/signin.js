// The sign-in dialog (opened by api.js when Office SSO fails with 13xxx): MSAL Browser signs the user in with a
// redirect inside the dialog and sends the access token for the host's API back with messageParent.
// The app registration comes from the host (GET api/auth/config → { clientId, authority, scopes }), so the page
// itself holds no tenant-specific value.
import { translator, localizePage } from "./i18n.js";

const lang = new URLSearchParams(window.location.search).get("lang") === "en" ? "en" : "vi";
const t = translator(lang);

function reply(message) {
  Office.context.ui.messageParent(JSON.stringify(message));
}

function fail(text) {
  document.getElementById("message").textContent = text;
  reply({ status: "error", message: text });
}

async function config() {
  const response = await fetch("api/auth/config", { headers: { Accept: "application/json" } });
  if (!response.ok) return null;
  const body = await response.json();
  if (!body?.clientId) return null;
  const origin = window.location.host;
  return {
    clientId: body.clientId,
    authority: body.authority ?? `https://login.microsoftonline.com/${body.tenantId ?? "organizations"}`,
    scopes: body.scopes ?? [`api://${origin}/${body.clientId}/access_as_user`],
  };
}

async function signIn() {
  localizePage(t, lang);
  const settings = await config().catch(() => null);
  if (!settings) {
    fail(t("signInMissingConfig"));
    return;
  }
  const redirectUri = new URL("signin.html", window.location.href).href;
  const client = new msal.PublicClientApplication({
    auth: { clientId: settings.clientId, authority: settings.authority, redirectUri },
    cache: { cacheLocation: "sessionStorage" },
  });
  await client.initialize();
  const returned = await client.handleRedirectPromise();
  if (returned?.accessToken) {
    reply({ status: "ok", token: returned.accessToken });
    return;
  }
  const account = client.getAllAccounts()[0];
  if (account) {
    try {
      const silent = await client.acquireTokenSilent({ scopes: settings.scopes, account });
      reply({ status: "ok", token: silent.accessToken });
      return;
    } catch {
      // fall through to an interactive sign-in
    }
  }
  await client.acquireTokenRedirect({ scopes: settings.scopes, redirectUri });
}

Office.onReady(() => signIn().catch((error) => fail(t("errorSignIn", { message: error?.message ?? String(error) }))));
