// A stand-in for Office.js (https://appsforoffice.microsoft.com/lib/1/hosted/office.js) in the browser tests.
// It implements only what the add-in's pages use, the way Office behaves, and records every call in
// window.__officeStub for the test to assert on. Configured before the page loads by window.__officeStubConfig:
//   displayLanguage   "vi-VN" | "en-US" …
//   workbook          the .xlsx bytes, base64 (handed over by getFileAsync in slices of sliceSize bytes)
//   sliceSize         overrides the page's requested slice size (to force several slices)
//   sheets            { "Thông tin chung": [[label, value], …] }: what getUsedRange().values returns
//   token             what Office.auth.getAccessToken resolves to (absent: it fails with 13000, SSO unsupported)
//   closeDialogAfterMs  fire DialogEventReceived 12006 (the user closed it) this long after a dialog opens
//   dialogMessage     the message the dialog sends back with messageParent (DialogMessageReceived), 50 ms after it opens
(function () {
  "use strict";
  const config = window.__officeStubConfig || {};
  const log = {
    files: [], slicesRead: [], filesClosed: 0,
    excelCalls: [], selections: [], dialogs: [], dialogsClosed: 0, parentMessages: [],
    tokenRequests: 0, associated: {}, completed: 0,
  };
  window.__officeStub = log;

  const succeeded = (value) => ({ status: "succeeded", value });
  const failed = (code, message) => ({ status: "failed", error: { code, message } });
  const later = (fn) => setTimeout(fn, 0);

  function workbookBytes() {
    const binary = atob(config.workbook || "");
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  }

  const EventType = { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" };

  const Office = {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    FileType: { Compressed: "compressed", Pdf: "pdf", Text: "text" },
    EventType,
    HostType: { Excel: "Excel" },
    context: {
      displayLanguage: config.displayLanguage || "vi-VN",
      contentLanguage: config.displayLanguage || "vi-VN",
      requirements: { isSetSupported: (name) => name === "ExcelApi" || name === "DialogApi" },
      document: {
        getFileAsync(fileType, options, callback) {
          if (typeof options === "function") { callback = options; options = {}; }
          if (fileType !== "compressed") { later(() => callback(failed(5001, "only Compressed in the stub"))); return; }
          const bytes = workbookBytes();
          const sliceSize = config.sliceSize || (options && options.sliceSize) || 4194304;
          const sliceCount = Math.max(1, Math.ceil(bytes.length / sliceSize));
          log.files.push({ fileType, sliceSize, sliceCount, size: bytes.length });
          let open = true;
          const file = {
            size: bytes.length,
            sliceCount,
            getSliceAsync(index, cb) {
              log.slicesRead.push(index);
              if (!open || index < 0 || index >= sliceCount) { later(() => cb(failed(5002, "bad slice"))); return; }
              // Office hands a slice's data over as an array of byte values.
              const data = Array.from(bytes.subarray(index * sliceSize, Math.min(bytes.length, (index + 1) * sliceSize)));
              later(() => cb(succeeded({ index, size: data.length, data })));
            },
            closeAsync(cb) {
              open = false;
              log.filesClosed++;
              later(() => cb && cb(succeeded()));
            },
          };
          later(() => callback(succeeded(file)));
        },
      },
      ui: {
        displayDialogAsync(url, options, callback) {
          if (typeof options === "function") { callback = options; options = {}; }
          const handlers = {};
          const dialog = {
            addEventHandler(type, handler) { handlers[type] = handler; },
            close() { log.dialogsClosed++; },
            messageChild() {},
          };
          log.dialogs.push({ url, options });
          later(() => callback(succeeded(dialog)));
          if (config.dialogMessage !== undefined && config.dialogMessage !== null) {
            setTimeout(() => handlers[EventType.DialogMessageReceived] && handlers[EventType.DialogMessageReceived]({ message: config.dialogMessage }), 50);
          }
          if (config.closeDialogAfterMs !== undefined && config.closeDialogAfterMs !== null) {
            setTimeout(() => handlers[EventType.DialogEventReceived] && handlers[EventType.DialogEventReceived]({ error: 12006 }),
              config.closeDialogAfterMs);
          }
        },
        messageParent(message) { log.parentMessages.push(message); },
      },
    },
    auth: {
      getAccessToken() {
        log.tokenRequests++;
        return config.token ? Promise.resolve(config.token) : Promise.reject({ code: 13000, message: "SSO not supported (stub)" });
      },
    },
    actions: {
      associate(name, handler) { log.associated[name] = handler; },
    },
    onReady(callback) {
      const info = { host: "Excel", platform: "OfficeOnline" };
      return new Promise((resolve) => later(() => { if (callback) callback(info); resolve(info); }));
    },
  };

  // A recording Excel JavaScript API: worksheets.getItem(name).getRange(address).select(), getUsedRange().values.
  function worksheet(name) {
    return {
      activate() { log.excelCalls.push(["activate", name]); },
      getRange(address) {
        log.excelCalls.push(["getRange", name, address]);
        return {
          select() { log.excelCalls.push(["select", name, address]); log.selections.push(`${name}!${address}`); },
          load() { return this; },
        };
      },
      getUsedRange() {
        log.excelCalls.push(["getUsedRange", name]);
        const values = (config.sheets || {})[name];
        if (!values) { throw Object.assign(new Error(`ItemNotFound: ${name}`), { code: "ItemNotFound" }); }
        return { values, load() { return this; } };
      },
    };
  }

  const Excel = {
    run(batch) {
      log.excelCalls.push(["run"]);
      const context = {
        workbook: { worksheets: { getItem(name) { log.excelCalls.push(["getItem", name]); return worksheet(name); } } },
        sync() { log.excelCalls.push(["sync"]); return Promise.resolve(); },
      };
      return Promise.resolve().then(() => batch(context));
    },
  };

  // An ExecuteFunction event: the test calls window.__officeStub.invoke("generateReport") like Office would.
  log.invoke = function (name) {
    return new Promise((resolve) => {
      const handler = log.associated[name] || window[name];
      const event = { source: { id: name }, completed() { log.completed++; resolve(true); } };
      handler(event);
    });
  };

  window.Office = Office;
  window.Excel = Excel;
})();
