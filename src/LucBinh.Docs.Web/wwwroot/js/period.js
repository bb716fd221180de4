// Reporting periods as the server's period spec (ReportPeriod): 2025-H1, 2025-H2, 2025-Q2, 2025-06, 2025,
// dd/mm/yyyy-dd/mm/yyyy; "" means "as the tracker says". The default comes from the tracker's own dates.

const pad = (n) => String(n).padStart(2, "0");
const ymd = (d) => [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];

/** dd/mm/yyyy of a UTC date. */
export function vnDate(date) {
  const [y, m, d] = ymd(date);
  return `${pad(d)}/${pad(m)}/${y}`;
}

/** yyyy-mm-dd (the value of an <input type="date">) of a UTC date. */
export function isoDate(date) {
  const [y, m, d] = ymd(date);
  return `${y}-${pad(m)}-${pad(d)}`;
}

function lastDay(year, month) {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The picker's state for a tracker's from/to dates: { kind, year, month, from, to } where kind is one of
 * tracker, h1, h2, q1…q4, year, month, range.
 */
export function defaultsFrom(trackerPeriod, today = new Date()) {
  const fallback = { kind: "tracker", year: today.getFullYear(), month: today.getMonth() + 1, from: "", to: "" };
  if (!trackerPeriod?.from || !trackerPeriod?.to) {
    return fallback;
  }
  const [y1, m1, d1] = ymd(trackerPeriod.from);
  const [y2, m2, d2] = ymd(trackerPeriod.to);
  const state = { ...fallback, year: y1, month: m1, from: isoDate(trackerPeriod.from), to: isoDate(trackerPeriod.to) };
  if (y1 !== y2 || d1 !== 1 || d2 !== lastDay(y2, m2)) {
    return { ...state, kind: "range" };
  }
  if (m1 === 1 && m2 === 12) return { ...state, kind: "year" };
  if (m1 === 1 && m2 === 6) return { ...state, kind: "h1" };
  if (m1 === 7 && m2 === 12) return { ...state, kind: "h2" };
  if (m2 === m1 + 2 && (m1 - 1) % 3 === 0) return { ...state, kind: `q${(m1 + 2) / 3}` };
  if (m1 === m2) return { ...state, kind: "month" };
  return { ...state, kind: "range" };
}

/** The spec the server takes for a picker state; "" for "as in the tracker" (or an incomplete range). */
export function specOf(state) {
  const year = Number(state.year);
  switch (state.kind) {
    case "h1": return `${year}-H1`;
    case "h2": return `${year}-H2`;
    case "q1": case "q2": case "q3": case "q4": return `${year}-Q${state.kind[1]}`;
    case "year": return `${year}`;
    case "month": return `${year}-${pad(Number(state.month))}`;
    case "range": {
      if (!state.from || !state.to) return "";
      const [fy, fm, fd] = state.from.split("-");
      const [ty, tm, td] = state.to.split("-");
      return `${fd}/${fm}/${fy}-${td}/${tm}/${ty}`;
    }
    default: return "";
  }
}
