// Everything the add-in asks of Excel: the workbook's bytes (getFileAsync in slices), the tracker's period from its
// key/value sheet, and selecting the cell a problem names.

/** Office hands the file over in slices of at most 4 MB; 64 KB keeps each host message small. */
export const SLICE_SIZE = 65536;

/** The tracker's key/value sheet and the keys the period defaults come from (docs/data-model.md). */
export const INFO_SHEET = "Thông tin chung";

function officeCall(invoke) {
  return new Promise((resolve, reject) => {
    invoke((result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) {
        resolve(result.value);
      } else {
        reject(result.error ?? new Error("Office call failed"));
      }
    });
  });
}

/**
 * The open workbook as .xlsx bytes: Office.context.document.getFileAsync(Compressed), every slice read in order
 * with getSliceAsync and concatenated; the file is always closed (Office allows only a few open file handles).
 */
export async function readWorkbook() {
  const file = await officeCall((done) =>
    Office.context.document.getFileAsync(Office.FileType.Compressed, { sliceSize: SLICE_SIZE }, done));
  try {
    const parts = [];
    let total = 0;
    for (let index = 0; index < file.sliceCount; index++) {
      const slice = await officeCall((done) => file.getSliceAsync(index, done));
      const bytes = slice.data instanceof Uint8Array ? slice.data : new Uint8Array(slice.data);
      parts.push(bytes);
      total += bytes.length;
    }
    const whole = new Uint8Array(total);
    let offset = 0;
    for (const part of parts) {
      whole.set(part, offset);
      offset += part.length;
    }
    return whole;
  } finally {
    await new Promise((resolve) => file.closeAsync(() => resolve()));
  }
}

/** Whether the Excel JavaScript API is there (Excel, not a stub without it; ExcelApi 1.1 is enough for what we do). */
export function excelAvailable() {
  return typeof Excel !== "undefined" && typeof Excel.run === "function"
    && (!Office.context.requirements || Office.context.requirements.isSetSupported("ExcelApi", "1.1"));
}

/** "Kỳ báo cáo" → "ky_bao_cao": the tracker's key for a label of its key/value sheet (Vietnamese letters folded). */
export function keyOf(label) {
  return String(label).trim().toLowerCase()
    .replace(/đ/g, "d")
    .normalize("NFD").replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, "");
}

/** A date cell's value (Excel serial number, or dd/mm/yyyy text) as a UTC Date, or null. */
export function dateOf(value) {
  if (typeof value === "number" && value > 0) {
    return new Date(Date.UTC(1899, 11, 30) + Math.round(value) * 86400000);
  }
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(String(value ?? "").trim());
  return match ? new Date(Date.UTC(+match[3], +match[2] - 1, +match[1])) : null;
}

/**
 * The period the tracker says (ky_bao_cao, tu_ngay, den_ngay of "Thông tin chung"), read with the Excel API;
 * null when the API, the sheet or the keys are missing (the server then goes by the tracker itself).
 */
export async function readTrackerPeriod() {
  if (!excelAvailable()) {
    return null;
  }
  try {
    return await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem(INFO_SHEET).getUsedRange(true);
      range.load("values");
      await context.sync();
      const info = {};
      for (const row of range.values) {
        if (row.length >= 2 && row[0] !== "") {
          info[keyOf(row[0])] = row[1];
        }
      }
      return {
        name: info.ky_bao_cao ? String(info.ky_bao_cao) : null,
        from: dateOf(info.tu_ngay),
        to: dateOf(info.den_ngay),
      };
    });
  } catch {
    return null;
  }
}

/** Selects a problem's cell (sheet + A1 address) so the user lands on what to fix. Returns false where unsupported. */
export async function selectCell(sheet, cell) {
  if (!excelAvailable() || !sheet || !cell) {
    return false;
  }
  try {
    await Excel.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRange(cell).select();
      await context.sync();
    });
    return true;
  } catch {
    return false;
  }
}
