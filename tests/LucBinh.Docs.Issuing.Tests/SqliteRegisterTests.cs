using ClosedXML.Excel;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Publishing.Register;
using LucBinh.Docs.TestSupport;

namespace LucBinh.Docs.Issuing.Tests;

/// <summary>The local register: numbers per kind and scope, idempotent reservation, cancelling, listing, the Excel export.</summary>
[TestClass]
public sealed class SqliteRegisterTests
{
    private static NumberRequest Request(string kind, string key, string scope = "2026", string summary = "Báo cáo tháng") =>
        new(kind, scope, key, new DateOnly(2026, 3, 2), summary)
        {
            SymbolSuffix = kind + "/ĐU",
            KindName = "Báo cáo",
            Signer = "Nguyễn Văn A",
            Recipients = "Ban Thường vụ Tỉnh ủy; Lưu Văn phòng Đảng ủy",
        };

    [TestMethod]
    public async Task Numbers_run_from_one_per_kind_and_scope()
    {
        var register = new SqliteDocumentRegister(Path.Combine(RepoPaths.NewTempFolder(), "so-dang-ky.db"));
        var bc1 = await register.ReserveAsync(Request("BC", "a"));
        var kh1 = await register.ReserveAsync(Request("KH", "b"));
        var bc2 = await register.ReserveAsync(Request("BC", "c"));
        var nextTerm = await register.ReserveAsync(Request("BC", "d", scope: "2030-2035"));

        Assert.AreEqual((1, 1, 2, 1), (bc1.Number, kh1.Number, bc2.Number, nextTerm.Number));
        Assert.AreEqual("02-BC/ĐU", bc2.Symbol);
        Assert.AreEqual(RegisterStatus.Reserved, bc2.Status);
    }

    [TestMethod]
    public async Task The_same_document_gets_its_reserved_number_back()
    {
        var register = new SqliteDocumentRegister(Path.Combine(RepoPaths.NewTempFolder(), "so-dang-ky.db"));
        var first = await register.ReserveAsync(Request("BC", "same"));
        _ = await register.ReserveAsync(Request("BC", "other"));
        var again = await register.ReserveAsync(Request("BC", "same"));

        Assert.AreEqual(first.Number, again.Number);
        Assert.HasCount(2, await register.ListAsync(new RegisterQuery()));
    }

    [TestMethod]
    public async Task Completing_records_the_files_and_is_repeatable()
    {
        var register = new SqliteDocumentRegister(Path.Combine(RepoPaths.NewTempFolder(), "so-dang-ky.db"));
        var entry = await register.ReserveAsync(Request("BC", "k"));
        var files = new IssuedFiles("01-BC-ĐU Báo cáo.docx", "01-BC-ĐU Báo cáo.pdf", "abc123", "/srv/van-ban");
        var issued = await register.CompleteAsync(entry, files);
        var twice = await register.CompleteAsync(entry, files);
        var listed = (await register.ListAsync(new RegisterQuery { KindCode = "BC" })).Single();

        Assert.AreEqual(RegisterStatus.Issued, issued.Status);
        Assert.AreEqual(issued.ClosedAt, twice.ClosedAt, "the second completion changed nothing");
        Assert.AreEqual(files, listed.Files);
        Assert.AreEqual("Nguyễn Văn A", listed.Request.Signer);
        Assert.AreEqual(new DateOnly(2026, 3, 2), listed.Request.IssueDate);
        var reissued = await register.ReserveAsync(Request("BC", "k"));
        Assert.AreEqual((1, RegisterStatus.Issued), (reissued.Number, reissued.Status), "an issued document keeps its number");
    }

    [TestMethod]
    public async Task A_cancelled_number_stays_used_and_its_document_gets_a_new_one()
    {
        var register = new SqliteDocumentRegister(Path.Combine(RepoPaths.NewTempFolder(), "so-dang-ky.db"));
        var first = await register.ReserveAsync(Request("BC", "doc-a"));
        var cancelled = await register.CancelAsync("BC", "2026", first.Number, "Sai nội dung, soạn lại");
        var other = await register.ReserveAsync(Request("BC", "doc-b"));
        var againA = await register.ReserveAsync(Request("BC", "doc-a"));
        var completeCancelled = await Assert.ThrowsExactlyAsync<LucBinhException>(() => register.CompleteAsync(first, new IssuedFiles("a.docx", null, "h", null)));
        var list = await register.ListAsync(new RegisterQuery { KindCode = "BC" });

        Assert.AreEqual(RegisterStatus.Cancelled, cancelled.Status);
        Assert.AreEqual(2, other.Number, "the cancelled number 1 is not given again");
        Assert.AreEqual(3, againA.Number, "the cancelled document, issued again, is a new number");
        Assert.AreEqual("ISS044", completeCancelled.Diagnostics[0].Code);
        CollectionAssert.AreEqual(new[] { 1, 2, 3 }, list.Select(e => e.Number).ToArray());
        Assert.AreEqual("Sai nội dung, soạn lại", list[0].CancelReason);
        var unknown = await Assert.ThrowsExactlyAsync<LucBinhException>(() => register.CancelAsync("BC", "2026", 9, "không có"));
        Assert.AreEqual("ISS043", unknown.Diagnostics[0].Code);
    }

    [TestMethod]
    public async Task Writers_on_separate_connections_never_share_a_number()
    {
        // Four registers on one file (each call its own connection), 25 documents each, two kinds interleaved.
        var path = Path.Combine(RepoPaths.NewTempFolder(), "so-dang-ky.db");
        var workers = Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
        {
            var register = new SqliteDocumentRegister(path);
            var numbers = new List<(string Kind, int Number)>();
            for (var i = 0; i < 25; i++)
            {
                var kind = i % 5 == 0 ? "KH" : "BC";
                var entry = await register.ReserveAsync(Request(kind, $"w{w}-d{i}"));
                numbers.Add((kind, entry.Number));
            }

            return numbers;
        })).ToList();
        var all = (await Task.WhenAll(workers)).SelectMany(n => n).ToList();

        CollectionAssert.AreEqual(Enumerable.Range(1, 80).ToArray(), all.Where(n => n.Kind == "BC").Select(n => n.Number).Order().ToArray());
        CollectionAssert.AreEqual(Enumerable.Range(1, 20).ToArray(), all.Where(n => n.Kind == "KH").Select(n => n.Number).Order().ToArray());
        Assert.HasCount(100, await new SqliteDocumentRegister(path).ListAsync(new RegisterQuery()));
    }

    [TestMethod]
    public async Task Listing_filters_by_kind_year_and_scope()
    {
        var register = new SqliteDocumentRegister(Path.Combine(RepoPaths.NewTempFolder(), "so-dang-ky.db"));
        _ = await register.ReserveAsync(Request("BC", "a"));
        _ = await register.ReserveAsync(Request("KH", "b"));
        _ = await register.ReserveAsync(Request("BC", "c", scope: "2025-2030") with { IssueDate = new DateOnly(2025, 12, 1) });

        Assert.HasCount(2, await register.ListAsync(new RegisterQuery { KindCode = "BC" }));
        Assert.HasCount(2, await register.ListAsync(new RegisterQuery { Year = 2026 }));
        Assert.HasCount(1, await register.ListAsync(new RegisterQuery { Scope = "2025-2030" }));
        Assert.IsEmpty(await new SqliteDocumentRegister(Path.Combine(RepoPaths.NewTempFolder(), "none.db")).ListAsync(new RegisterQuery()));
    }

    [TestMethod]
    public async Task A_register_that_is_not_a_database_is_reported_with_its_path()
    {
        var path = Path.Combine(RepoPaths.NewTempFolder(), "so-dang-ky.db");
        await File.WriteAllTextAsync(path, new string('x', 4096));
        var error = await Assert.ThrowsExactlyAsync<LucBinhException>(() => new SqliteDocumentRegister(path).ReserveAsync(Request("BC", "a")));

        Assert.AreEqual("ISS041", error.Diagnostics[0].Code);
        StringAssert.Contains(error.Diagnostics[0].Message(), path);
    }

    [TestMethod]
    public async Task The_excel_register_has_the_usual_columns_and_one_row_per_number()
    {
        var register = new SqliteDocumentRegister(Path.Combine(RepoPaths.NewTempFolder(), "so-dang-ky.db"));
        var entry = await register.ReserveAsync(Request("BC", "a", summary: "Báo cáo kết quả phối hợp"));
        _ = await register.CompleteAsync(entry, new IssuedFiles("01.docx", "01.pdf", "h", null));
        var second = await register.ReserveAsync(Request("BC", "b"));
        _ = await register.CancelAsync("BC", "2026", second.Number, "Trùng nội dung");
        using var stream = new MemoryStream();
        RegisterExport.Write(await register.ListAsync(new RegisterQuery()), stream);
        stream.Position = 0;
        using var workbook = new XLWorkbook(stream);
        var sheet = workbook.Worksheet(1);

        CollectionAssert.AreEqual(
            new[] { "Số", "Ký hiệu", "Ngày tháng văn bản", "Loại văn bản", "Trích yếu nội dung", "Người ký", "Nơi nhận văn bản", "Đơn vị, người nhận bản lưu", "Ghi chú", "Tình trạng", "Tệp đã lưu" },
            Enumerable.Range(1, 11).Select(c => sheet.Cell(3, c).GetString()).ToArray());
        Assert.AreEqual("01-BC/ĐU", sheet.Cell(4, 2).GetString());
        Assert.AreEqual(new DateTime(2026, 3, 2), sheet.Cell(4, 3).GetDateTime());
        Assert.AreEqual("Báo cáo kết quả phối hợp", sheet.Cell(4, 5).GetString());
        Assert.AreEqual("Ban Thường vụ Tỉnh ủy", sheet.Cell(4, 7).GetString());
        Assert.AreEqual("Lưu Văn phòng Đảng ủy", sheet.Cell(4, 8).GetString());
        Assert.AreEqual("Đã phát hành", sheet.Cell(4, 10).GetString());
        Assert.AreEqual("01.docx; 01.pdf", sheet.Cell(4, 11).GetString());
        Assert.AreEqual("Bị hủy", sheet.Cell(5, 10).GetString());
        Assert.AreEqual("Trùng nội dung", sheet.Cell(5, 9).GetString());
        Assert.IsTrue(sheet.Cell(6, 1).IsEmpty());
    }

    [TestMethod]
    public void Numbering_scope_is_the_term_from_its_start_or_the_year()
    {
        var term = new RegisterOptions { TermStart = new DateOnly(2025, 10, 15) };
        Assert.AreEqual("2025-2030", term.ScopeOf(new DateOnly(2026, 3, 2)));
        Assert.AreEqual("2025-2030", term.ScopeOf(new DateOnly(2025, 10, 15)));
        Assert.AreEqual("2020-2025", term.ScopeOf(new DateOnly(2025, 10, 14)));
        Assert.AreEqual("2026", new RegisterOptions { Numbering = NumberingPeriod.Year, TermStart = new DateOnly(2025, 10, 15) }.ScopeOf(new DateOnly(2026, 3, 2)));
    }
}
