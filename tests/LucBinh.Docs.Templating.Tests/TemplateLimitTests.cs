using System.Diagnostics;
using LucBinh.Docs.Data;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.TestSupport;
using static LucBinh.Docs.Templating.Tests.TemplateTestKit;
using static LucBinh.Docs.TestSupport.WordFixture;

namespace LucBinh.Docs.Templating.Tests;

/// <summary>
/// A hostile template cannot make a render build more than the limits allow (issue 11): each case is refused within a
/// couple of seconds with its own code at the paragraph of the tag that caused it, having allocated a bounded amount
/// (measured on the rendering thread: Fluid renders synchronously).
/// </summary>
[TestClass]
public sealed class TemplateLimitTests
{
    private const long Megabyte = 1024 * 1024;

    [TestMethod]
    public void A_huge_range_literal_is_refused_when_the_template_is_loaded()
    {
        _ = DocxTemplate.Load(Create(P("{% for i in (1..5) %}{% endfor %}")), "warm.docx"); // the JIT's first compile is not the check's cost
        var watch = CpuStopwatch.StartNew();
        var template = DocxTemplate.Load(Create(P("Mở đầu") + P("{% for i in (1..100000000) %}{% endfor %}")), "t.docx", TemplateLimits.Server);

        var error = template.Diagnostics.Single(d => d.IsError);
        Assert.AreEqual("TPL023", error.Code);
        Assert.AreEqual(2, ((DocumentLocation)error.Location!).Paragraph);
        Assert.AreEqual("1..100000000", error.Arguments[0]);
        Assert.IsLessThan(2_000, watch.ElapsedMilliseconds);
        Assert.Contains("100000", error.ToDisplayString(), "the message names the limit");
    }

    [TestMethod]
    public void A_range_literal_within_the_limit_still_loops()
    {
        Assert.AreEqual("12345", RenderParagraphs(P("{% for i in (1..5) %}{{ i }}{% endfor %}"), Record())[0]);
    }

    [TestMethod]
    [DataRow("(0..n)", 100_000_000d)]
    [DataRow("(0..n)", 1e15)]
    [DataRow("(n..0)", -1e15)]
    public void A_range_whose_bound_comes_from_data_is_refused_before_it_is_built(string range, double bound)
    {
        var (error, elapsed, allocated) = RenderFails(
            P("Mở đầu") + P("{% for i in " + range + " %}x{% endfor %}"), Record(("n", (decimal)bound)), TemplateLimits.Default);

        Assert.AreEqual("TPL023", error.Code);
        Assert.AreEqual(2, ((DocumentLocation)error.Location!).Paragraph);
        Assert.IsLessThan(2_000, elapsed);
        Assert.IsLessThan(50 * Megabyte, allocated);
    }

    [TestMethod]
    [DataRow(false)]
    [DataRow(true)]
    public void Nested_loops_multiplying_stop_at_the_step_limit(bool server)
    {
        var limits = server ? TemplateLimits.Server : TemplateLimits.Default;
        var (error, elapsed, allocated) = RenderFails(
            P("{% for a in (1..1000) %}{% for b in (1..1000) %}{% for c in (1..1000) %}{% endfor %}{% endfor %}{% endfor %}"), Record(), limits);

        Assert.AreEqual("TPL026", error.Code);
        Assert.AreEqual(1, ((DocumentLocation)error.Location!).Paragraph);
        Assert.IsLessThan(server ? 2_000 : 4_000, elapsed, "CPU milliseconds");
        Assert.IsLessThan(600 * Megabyte, allocated, "short-lived numbers and ranges, collected as the loops go");
    }

    [TestMethod]
    public void Doubling_a_string_with_append_is_refused_at_the_string_limit()
    {
        var (error, elapsed, allocated) = RenderFails(
            P("Mở đầu") + P("{% assign s = \"ab\" %}{% for i in (1..40) %}{% assign s = s | append: s %}{% endfor %}{{ s }}"), Record(), TemplateLimits.Default);

        Assert.AreEqual("TPL024", error.Code);
        Assert.AreEqual("append", error.Arguments[0]);
        Assert.AreEqual(2, ((DocumentLocation)error.Location!).Paragraph);
        Assert.IsLessThan(2_000, elapsed);
        Assert.IsLessThan(200 * Megabyte, allocated);
    }

    [TestMethod]
    public void Replace_amplification_is_refused_before_the_text_is_built()
    {
        var text = new string('a', 100_000);
        var (error, elapsed, allocated) = RenderFails(P("{{ s | replace: \"a\", s }}"), Record(("s", text)), TemplateLimits.Server);

        Assert.AreEqual("TPL024", error.Code);
        Assert.AreEqual("replace", error.Arguments[0]);
        Assert.IsLessThan(2_000, elapsed);
        Assert.IsLessThan(20 * Megabyte, allocated, "10 G characters were never allocated");
    }

    [TestMethod]
    public void Join_and_prepend_of_large_lists_are_refused_before_the_text_is_built()
    {
        var (join, _, joinAllocated) = RenderFails(
            P("{% assign l = s | split: \",\" %}{{ l | join: s }}"), Record(("s", string.Join(',', Enumerable.Repeat("abc", 100_000)))), TemplateLimits.Server);
        var (prepend, _, _) = RenderFails(
            P("{% assign l = (1..100000) %}{% for i in (1..3) %}{% assign l = l | concat: l %}{% endfor %}{{ l | prepend: \"x\" }}"), Record(), TemplateLimits.Server);

        Assert.AreEqual("TPL024", join.Code);
        Assert.IsLessThan(50 * Megabyte, joinAllocated);
        Assert.AreEqual("TPL029", prepend.Code, "the list doubles past its own limit first");
    }

    [TestMethod]
    public void Doubling_a_list_with_concat_is_refused_at_the_list_limit()
    {
        var (error, elapsed, allocated) = RenderFails(
            P("{% assign l = (1..10) %}{% for i in (1..40) %}{% assign l = l | concat: l %}{% endfor %}{{ l | size }}"), Record(), TemplateLimits.Server);

        Assert.AreEqual("TPL029", error.Code);
        Assert.AreEqual("concat", error.Arguments[0]);
        Assert.IsLessThan(2_000, elapsed);
        Assert.IsLessThan(50 * Megabyte, allocated);
    }

    [TestMethod]
    [DataRow("")]
    [DataRow(",")]
    public void Splitting_a_long_text_into_too_many_pieces_is_refused_before_the_list_is_built(string separator)
    {
        var (error, _, allocated) = RenderFails(P("{{ s | split: \"" + separator + "\" | size }}"), Record(("s", string.Concat(Enumerable.Repeat("a,", 1_000_000)))), TemplateLimits.Server);

        Assert.AreEqual("TPL029", error.Code);
        Assert.AreEqual("split", error.Arguments[0]);
        Assert.IsLessThan(20 * Megabyte, allocated, "no million-item list was built");
    }

    [TestMethod]
    public void A_capture_doubling_in_a_loop_is_refused()
    {
        var (error, elapsed, allocated) = RenderFails(
            P("{% assign s = \"ab\" %}") + P("{% for i in (1..40) %}{% capture s %}{{ s }}{{ s }}{% endcapture %}{% endfor %}{{ s | size }}"), Record(), TemplateLimits.Server);

        Assert.AreEqual("TPL024", error.Code);
        Assert.AreEqual("capture", error.Arguments[0]);
        Assert.AreEqual(2, ((DocumentLocation)error.Location!).Paragraph);
        Assert.IsLessThan(2_000, elapsed);
        Assert.IsLessThan(100 * Megabyte, allocated);
    }

    [TestMethod]
    public void A_capture_around_a_large_loop_stops_while_it_grows()
    {
        var (error, elapsed, allocated) = RenderFails(
            P("{% capture s %}{% for i in (1..100000) %}{{ big }}{% endfor %}{% endcapture %}{{ s | size }}"), Record(("big", new string('x', 10_000))), TemplateLimits.Server);

        Assert.AreEqual("TPL024", error.Code);
        Assert.IsLessThan(2_000, elapsed);
        Assert.IsLessThan(100 * Megabyte, allocated, "1 G characters were never held");
    }

    [TestMethod]
    [DataRow("{% for i in (1..100000) %}{{ big }}{% endfor %}")]
    [DataRow("{% for i in (1..100000) %}{{ big }}{% endfor %}{% for r in rows %}{{ r | vmerge }}{% endfor %}")]
    public void Output_over_the_budget_is_refused_whether_streamed_or_held(string body)
    {
        var limits = TemplateLimits.Server with { MaxOutputBytes = 16 * Megabyte };
        var (error, elapsed, allocated) = RenderFails(P(body), Record(("big", new string('x', 10_000)), ("rows", Items("a"))), limits);

        Assert.AreEqual("TPL025", error.Code);
        Assert.Contains("16 MB", error.ToDisplayString());
        Assert.IsLessThan(2_000, elapsed);
        Assert.IsLessThan(200 * Megabyte, allocated);
    }

    [TestMethod]
    public void The_server_output_budget_stops_a_gigabyte_report()
    {
        var (error, elapsed, _) = RenderFails(
            P("{% for i in (1..100000) %}{{ big }}{% endfor %}"), Record(("big", new string('x', 10_000))), TemplateLimits.Server);

        Assert.AreEqual("TPL025", error.Code);
        Assert.IsLessThan(5_000, elapsed);
    }

    [TestMethod]
    [DataRow(200)]
    [DataRow(100_000)]
    public void Blocks_nested_too_deeply_are_refused_at_load_without_recursion(int depth)
    {
        var body = string.Concat(Enumerable.Repeat(P("{% if true %}"), depth)) + P("x") + string.Concat(Enumerable.Repeat(P("{% endif %}"), depth));
        var watch = CpuStopwatch.StartNew();

        var template = DocxTemplate.Load(Create(body), "t.docx", TemplateLimits.Server);

        var error = template.Diagnostics.First(d => d.IsError);
        Assert.AreEqual("TPL027", error.Code);
        Assert.AreEqual(TemplateLimits.Server.MaxRecursion + 1, ((DocumentLocation)error.Location!).Paragraph);
        Assert.IsLessThan(depth > 1000 ? 20_000 : 2_000, watch.ElapsedMilliseconds);
    }

    [TestMethod]
    public void Nesting_within_the_limit_renders()
    {
        var body = string.Concat(Enumerable.Repeat(P("{% if true %}"), 30)) + P("sâu") + string.Concat(Enumerable.Repeat(P("{% endif %}"), 30));

        Assert.AreEqual("sâu", RenderParagraphs(body, Record()).Single());
    }

    [TestMethod]
    [DataRow("{{ a" + "|" + "append: 'x'" + "}}", 10_000)]
    [DataRow("{% if a or a %}x{% endif %}", 100_000)]
    [DataRow("{{ (1) }}", 5_000)]
    [DataRow("{{ a[0] }}", 5_000)]
    public void A_tag_too_complex_for_the_stack_is_refused_before_it_is_parsed(string shape, int count)
    {
        var tag = shape switch
        {
            _ when shape.Contains("append", StringComparison.Ordinal) => "{{ a" + string.Concat(Enumerable.Repeat(" | append: 'x'", count)) + " }}",
            _ when shape.Contains(" or ", StringComparison.Ordinal) => "{% if " + string.Join(" or ", Enumerable.Repeat("a", count)) + " %}x{% endif %}",
            _ when shape.Contains('[', StringComparison.Ordinal) => "{{ a" + string.Concat(Enumerable.Repeat("[a", count)) + new string(']', count) + " }}",
            _ => "{{ " + new string('(', count) + "1" + new string(')', count) + " }}",
        };
        var watch = CpuStopwatch.StartNew();

        var template = DocxTemplate.Load(Create(P("đầu") + P(tag)), "t.docx", TemplateLimits.Server);

        var error = template.Diagnostics.Single(d => d.IsError);
        Assert.AreEqual("TPL037", error.Code);
        Assert.AreEqual(2, ((DocumentLocation)error.Location!).Paragraph);
        Assert.IsLessThanOrEqualTo(81, ((string)error.Arguments[0]!).Length, "the message quotes the start of the tag");
        Assert.IsLessThan(5_000, watch.ElapsedMilliseconds);
    }

    [TestMethod]
    public void A_long_but_ordinary_tag_is_accepted()
    {
        var tag = "{{ a" + string.Concat(Enumerable.Repeat(" | append: 'x'", 50)) + " }}";

        Assert.AreEqual("a" + new string('x', 50), RenderParagraphs(P(tag), Record(("a", "a")))[0]);
    }

    [TestMethod]
    [DataRow("true %}{% for i in (1..100000000) %}{% endfor %}{% if true")]
    [DataRow("r.so > 1 or r.so > 1")]
    public void A_where_exp_condition_from_data_cannot_smuggle_statements_or_unbounded_work(string condition)
    {
        var smuggled = condition.Contains("%}", StringComparison.Ordinal);
        var rows = Items(Record(("so", 2m)), Record(("so", 0m)));
        var bigCondition = smuggled ? condition : string.Join(" or ", Enumerable.Repeat("r.so > 1", 5_000));
        var template = DocxTemplate.Load(Create(P("{{ ds | where_exp: \"r\", dk | size }}")), "t.docx", TemplateLimits.Server);
        var watch = CpuStopwatch.StartNew();

        var exception = Assert.ThrowsExactly<LucBinhException>(() => template.Render(Record(("ds", rows), ("dk", bigCondition)), new RenderOptions { Limits = TemplateLimits.Server }));

        Assert.AreEqual("TPL014", exception.Diagnostics.Single().Code);
        Assert.IsLessThan(2_000, watch.ElapsedMilliseconds);
        Assert.AreEqual("1", RenderParagraphs(P("{{ ds | where_exp: \"r\", dk | size }}"), Record(("ds", rows), ("dk", "r.so > 1")))[0], "an ordinary condition from data still works");
    }

    [TestMethod]
    public void A_render_past_its_time_stops_when_cancelled()
    {
        var limits = TemplateLimits.Default with { MaxSteps = int.MaxValue, MaxOutputBytes = long.MaxValue };
        var template = DocxTemplate.Load(Create(P("{% for a in (1..100000) %}{% for b in (1..100000) %}{{ b }}{% endfor %}{% endfor %}")), "t.docx", limits);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var watch = Stopwatch.StartNew();

        Assert.ThrowsExactly<OperationCanceledException>(() => template.Render(Record(), new RenderOptions { Limits = limits }, cancellation.Token));

        Assert.IsLessThan(5_000, watch.ElapsedMilliseconds, "stopped soon after the token fired (wall time)");
    }

    [TestMethod]
    public void A_loop_that_writes_nothing_also_sees_the_cancellation()
    {
        var limits = TemplateLimits.Default with { MaxSteps = int.MaxValue };
        var template = DocxTemplate.Load(Create(P("{% for a in (1..1000000) %}{% for b in (1..1000) %}{% endfor %}{% endfor %}")), "t.docx", limits);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var watch = Stopwatch.StartNew();

        Assert.ThrowsExactly<OperationCanceledException>(() => template.Render(Record(), new RenderOptions { Limits = limits }, cancellation.Token));

        Assert.IsLessThan(5_000, watch.ElapsedMilliseconds);
    }

    [TestMethod]
    public void Messages_that_quote_a_range_or_a_filter_stay_short()
    {
        var (error, _, _) = RenderFails(P("{% for i in (1..n) %}{% endfor %}"), Record(("n", 1e20m)), TemplateLimits.Server);

        Assert.IsTrue(error.Arguments.All(a => a is not string s || s.Length <= 80), "no argument quotes unbounded text");
        Assert.IsLessThan(400, error.ToDisplayString().Length);
    }

    [TestMethod]
    public void Ordinary_use_of_the_same_filters_is_unchanged()
    {
        var paragraphs = RenderParagraphs(
            P("{{ a | append: b }}|{{ a | replace: \"x\", \"yy\" }}|{{ l | join: \", \" }}|{% capture c %}{{ a }}!{% endcapture %}{{ c }}|{{ (1..3) | join: \"-\" }}"),
            Record(("a", "x&x"), ("b", "<b>"), ("l", Items("m", "n"))));

        Assert.AreEqual("x&x<b>|yy&yy|m, n|x&x!|1-2-3", paragraphs[0]);
    }

    /// <summary>Renders and expects a refusal; the CPU time and the bytes this thread allocated meanwhile.</summary>
    private static (Diagnostic Error, long ElapsedMilliseconds, long Allocated) RenderFails(string body, DataRecord data, TemplateLimits limits)
    {
        var template = DocxTemplate.Load(Create(body), "t.docx", limits);
        Assert.IsFalse(template.HasErrors, string.Join("\n", template.Diagnostics.Select(d => d.ToDisplayString())));
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var watch = CpuStopwatch.StartNew();
        var exception = Assert.ThrowsExactly<LucBinhException>(() => template.Render(data, new RenderOptions { Limits = limits }));
        var elapsed = watch.ElapsedMilliseconds;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        return (exception.Diagnostics.Single(), elapsed, allocated);
    }
}
