// User-visible text of the task pane, command page and dialogs: Vietnamese first, English when Office's display
// language is en-*. Keys are shared by every page; format placeholders are {name}.

const vi = {
  title: "Báo cáo Lục Bình",
  subtitle: "Tạo báo cáo Word từ sổ theo dõi đang mở",
  template: "Mẫu báo cáo",
  templateLoading: "Đang tải danh sách mẫu…",
  templateNone: "Máy chủ chưa có mẫu báo cáo nào.",
  period: "Kỳ báo cáo",
  periodTracker: "Theo sổ theo dõi",
  periodTrackerNamed: "Theo sổ theo dõi ({name})",
  periodH1: "6 tháng đầu năm",
  periodH2: "6 tháng cuối năm",
  periodQ: "Quý {q}",
  periodYear: "Cả năm",
  periodMonth: "Một tháng",
  periodRange: "Từ ngày … đến ngày …",
  year: "Năm",
  month: "Tháng",
  monthName: "Tháng {m}",
  from: "Từ ngày",
  to: "Đến ngày",
  publish: "Lưu lên SharePoint",
  publishHint: "Bỏ chọn để chỉ tải báo cáo về máy.",
  generate: "Tạo báo cáo",
  check: "Kiểm tra sổ theo dõi",
  working: "Đang tạo báo cáo…",
  checking: "Đang kiểm tra…",
  readingWorkbook: "Đang đọc sổ theo dõi…",
  sending: "Đang gửi lên máy chủ…",
  signingIn: "Đang đăng nhập…",
  doneSharePoint: "Đã tạo báo cáo và lưu lên SharePoint.",
  doneLocal: "Đã tạo báo cáo và lưu trên máy chủ.",
  doneOutbox: "Đã tạo báo cáo. Chưa lưu được lên SharePoint: báo cáo nằm trong hàng chờ và sẽ được gửi lại sau.",
  doneDownloadOnly: "Đã tạo báo cáo.",
  openSharePoint: "Mở báo cáo trên SharePoint",
  shareLink: "Liên kết chia sẻ",
  copyLink: "Chép liên kết",
  copied: "Đã chép liên kết.",
  openInWord: "Mở trong Word",
  download: "Tải báo cáo về ({size})",
  savedTo: "Nơi lưu: {path}",
  periodResult: "Kỳ báo cáo: {period}",
  problemsTitle: "Cần sửa {count} chỗ trong sổ theo dõi hoặc mẫu",
  warningsTitle: "Lưu ý ({count})",
  noProblems: "Không thấy lỗi nào. Có thể tạo báo cáo.",
  problemGoTo: "Chọn ô {where} trong Excel",
  error: "Không tạo được báo cáo",
  errorNetwork: "Không kết nối được máy chủ báo cáo. Kiểm tra mạng rồi thử lại.",
  errorTooLarge: "Sổ theo dõi quá lớn để gửi lên máy chủ.",
  errorNotSpreadsheet: "Tệp đang mở không phải sổ theo dõi Excel (.xlsx).",
  errorAuth: "Cần đăng nhập bằng tài khoản Microsoft 365 của cơ quan.",
  errorForbidden: "Tài khoản này không có quyền tạo hoặc lưu báo cáo.",
  errorFile: "Không đọc được sổ theo dõi từ Excel: {message}",
  errorSignIn: "Không đăng nhập được: {message}",
  errorServer: "Máy chủ gặp lỗi ({status}). Thử lại sau ít phút.",
  dialogClose: "Đóng",
  dialogTitle: "Kết quả tạo báo cáo",
  signInTitle: "Đăng nhập",
  signInWorking: "Đang chuyển tới trang đăng nhập của Microsoft…",
  signInMissingConfig: "Máy chủ chưa cấu hình đăng nhập (thiếu mã ứng dụng).",
  openTaskPaneHint: "Mở ngăn \"Tùy chọn báo cáo\" để xem chi tiết và tải báo cáo về.",
  bytes: "{n} KB",
};

const en = {
  title: "LucBinh Reports",
  subtitle: "Create the Word report from the open tracker",
  template: "Report template",
  templateLoading: "Loading templates…",
  templateNone: "The server has no report template.",
  period: "Reporting period",
  periodTracker: "As in the tracker",
  periodTrackerNamed: "As in the tracker ({name})",
  periodH1: "First half of the year",
  periodH2: "Second half of the year",
  periodQ: "Quarter {q}",
  periodYear: "Whole year",
  periodMonth: "One month",
  periodRange: "From … to …",
  year: "Year",
  month: "Month",
  monthName: "Month {m}",
  from: "From",
  to: "To",
  publish: "File in SharePoint",
  publishHint: "Clear to only download the report.",
  generate: "Create report",
  check: "Check the tracker",
  working: "Creating the report…",
  checking: "Checking…",
  readingWorkbook: "Reading the tracker…",
  sending: "Sending to the server…",
  signingIn: "Signing in…",
  doneSharePoint: "The report is created and filed in SharePoint.",
  doneLocal: "The report is created and saved on the server.",
  doneOutbox: "The report is created. It could not reach SharePoint yet: it waits in the outbox and will be sent later.",
  doneDownloadOnly: "The report is created.",
  openSharePoint: "Open the report in SharePoint",
  shareLink: "Sharing link",
  copyLink: "Copy link",
  copied: "Link copied.",
  openInWord: "Open in Word",
  download: "Download the report ({size})",
  savedTo: "Saved to: {path}",
  periodResult: "Period: {period}",
  problemsTitle: "{count} thing(s) to fix in the tracker or template",
  warningsTitle: "Notes ({count})",
  noProblems: "No problem found. The report can be created.",
  problemGoTo: "Select cell {where} in Excel",
  error: "The report could not be created",
  errorNetwork: "The report server cannot be reached. Check the network and try again.",
  errorTooLarge: "The tracker is too large to send to the server.",
  errorNotSpreadsheet: "The open file is not an Excel tracker (.xlsx).",
  errorAuth: "Sign in with your organisation's Microsoft 365 account.",
  errorForbidden: "This account may not create or file reports.",
  errorFile: "The tracker could not be read from Excel: {message}",
  errorSignIn: "Sign-in failed: {message}",
  errorServer: "The server failed ({status}). Try again in a few minutes.",
  dialogClose: "Close",
  dialogTitle: "Report result",
  signInTitle: "Sign in",
  signInWorking: "Going to Microsoft's sign-in page…",
  signInMissingConfig: "Sign-in is not configured on the server (no application id).",
  openTaskPaneHint: "Open \"Report options\" to see the details and download the report.",
  bytes: "{n} KB",
};

/** "vi" or "en" from an Office display language such as "vi-VN" or "en-US" (anything but en-* is Vietnamese). */
export function languageOf(displayLanguage) {
  return typeof displayLanguage === "string" && displayLanguage.toLowerCase().startsWith("en") ? "en" : "vi";
}

/** A translator for one language: t("key", { name: value }). Unknown keys show the key (never a blank). */
export function translator(lang) {
  const table = lang === "en" ? en : vi;
  return (key, values = {}) => {
    const text = table[key] ?? vi[key] ?? key;
    return text.replace(/\{(\w+)\}/g, (_, name) => (name in values ? String(values[name]) : `{${name}}`));
  };
}

/** Fills every [data-i18n] element's text (and [data-i18n-aria] aria-label) of the page. */
export function localizePage(t, lang) {
  document.documentElement.lang = lang === "en" ? "en" : "vi";
  for (const element of document.querySelectorAll("[data-i18n]")) {
    element.textContent = t(element.dataset.i18n);
  }
  for (const element of document.querySelectorAll("[data-i18n-aria]")) {
    element.setAttribute("aria-label", t(element.dataset.i18nAria));
  }
}
