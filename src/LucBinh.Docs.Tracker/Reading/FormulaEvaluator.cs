using System.Globalization;
using ClosedXML.Excel;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Localization;

namespace LucBinh.Docs.Tracker.Reading;

/// <summary>
/// Computes formulas for which the file stores no result (files written by programs, not by Excel). Cells with a cached
/// result keep it. The work is bounded before ClosedXML computes anything:
/// <list type="number">
/// <item>the loader already refused more than <see cref="TrackerLimits.MaxUncachedFormulas"/> such formulas;</item>
/// <item>each formula is read (<see cref="FormulaAnalysis"/>, no recursion): too long, nested too deep, calling a
/// function ClosedXML cannot compute safely, or able to build a text longer than Excel's 32,767 characters, it is
/// left empty with a warning (TRK011, TRK028);</item>
/// <item>the cells its references cover are counted (only cells that exist: <c>SUM(A:A)</c> costs the rows that are
/// there) against <see cref="TrackerLimits.MaxFormulaCellReads"/> (TRK026), and give the dependencies between formulas;</item>
/// <item>formulas are computed in dependency order, leaves first (Kahn's algorithm, no recursion); a formula that depends
/// on itself is reported (TRK027), not followed.</item>
/// </list>
/// ClosedXML 0.95.4 evaluates a referenced formula recursively and without caching (A3=A2+A1 chains are exponential,
/// long chains overflow the stack). So its in-memory copy holds only the cells the formulas read, as values: a formula is
/// put in its cell only while it is computed and then replaced by its value, and ClosedXML never meets another formula
/// (a failed one is a one-step error formula). Nothing is computed twice, and no thread with a big stack is needed.
/// </summary>
internal sealed class FormulaEvaluator
{
    /// <summary>Excel's limit for a cell's text: a formula whose result could be longer is not computed.</summary>
    private const int MaxResultText = 32_767;

    /// <summary>A number read as text (in a concatenation) is at most this long.</summary>
    private const int NumberText = 24;

    private readonly LoadedWorkbook _workbook;
    private readonly DiagnosticBag _diagnostics;
    private readonly TrackerLimits _limits;
    private readonly string _displayName;
    private readonly CancellationToken _cancellationToken;
    private readonly List<Node> _nodes = [];
    private readonly Dictionary<LoadedCell, int> _nodeOf = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<LoadedCell, (int Sheet, int Row)> _valueCells = new(ReferenceEqualityComparer.Instance);
    private long _reads;

    private FormulaEvaluator(LoadedWorkbook workbook, DiagnosticBag diagnostics, TrackerLimits limits, string displayName, CancellationToken cancellationToken)
    {
        _workbook = workbook;
        _diagnostics = diagnostics;
        _limits = limits;
        _displayName = displayName;
        _cancellationToken = cancellationToken;
    }

    private enum State
    {
        Pending,
        Computed,
        Failed,
    }

    /// <summary>A formula to compute and what it needs.</summary>
    private sealed class Node(int sheet, LoadedRow row, LoadedCell cell)
    {
        public int Sheet { get; } = sheet;

        public LoadedRow Row { get; } = row;

        public LoadedCell Cell { get; } = cell;

        public FormulaAnalysis? Analysis { get; set; }

        public State State { get; set; }

        /// <summary>The formula that fails in ClosedXML's copy in place of this cell's failed result (a one-step formula).</summary>
        public string? ErrorFormula { get; set; }

        /// <summary>For each reference, the longest text of the values it covers (numbers count <see cref="NumberText"/>).</summary>
        public long[] LongestText { get; set; } = [];

        /// <summary>The formulas this one reads, with the reference that reads them (a formula read twice is listed twice).</summary>
        public List<(int Node, int Reference)> Dependencies { get; } = [];

        /// <summary>Text read by a criteria function that is too long or too deeply nested to be read safely.</summary>
        public bool UnsafeCriteriaText { get; set; }

        /// <summary>The length of the result's text (for the formulas that read it).</summary>
        public long ResultText { get; set; }
    }

    public static void Evaluate(LoadedWorkbook workbook, DiagnosticBag diagnostics, TrackerLimits limits, string displayName, CancellationToken cancellationToken)
    {
        var evaluator = new FormulaEvaluator(workbook, diagnostics, limits, displayName, cancellationToken);
        if (evaluator.Collect())
        {
            evaluator.Run();
        }
    }

    /// <summary>Finds the formulas to compute; false when there are none.</summary>
    private bool Collect()
    {
        for (var s = 0; s < _workbook.Sheets.Count; s++)
        {
            foreach (var row in _workbook.Sheets[s].Rows)
            {
                foreach (var cell in row.Cells)
                {
                    if (cell.Uncached)
                    {
                        _nodeOf[cell] = _nodes.Count;
                        _nodes.Add(new Node(s, row, cell));
                    }
                }
            }
        }

        return _nodes.Count > 0;
    }

    private void Run()
    {
        var sheetIndexes = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var s = 0; s < _workbook.Sheets.Count; s++)
        {
            sheetIndexes.TryAdd(_workbook.Sheets[s].Name, s);
        }

        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in _workbook.Names)
        {
            names.TryAdd(name.Name, name.Formula);
        }

        int SheetIndex(string name) => sheetIndexes.TryGetValue(name.Normalize(System.Text.NormalizationForm.FormC), out var index) ? index : -1;
        string? NameFormula(string name) => names.GetValueOrDefault(name);

        // 1. Read every formula and measure what it reads, before anything is computed.
        for (var n = 0; n < _nodes.Count; n++)
        {
            if ((n & 255) == 0)
            {
                _cancellationToken.ThrowIfCancellationRequested();
            }

            var node = _nodes[n];
            var formula = node.Cell.Formula ?? string.Empty;
            if (formula.Length > _limits.MaxFormulaLength)
            {
                Skip(node, TrackerDiagnostics.Text("Skip.Length", TrackerDiagnostics.Count(formula.Length), TrackerDiagnostics.Count(_limits.MaxFormulaLength)));
                continue;
            }

            var analysis = FormulaAnalysis.Read(formula, node.Sheet, SheetIndex, NameFormula);
            node.Analysis = analysis;
            if (analysis.Nesting > _limits.MaxFormulaNesting)
            {
                Skip(node, TrackerDiagnostics.Text("Skip.Nesting", TrackerDiagnostics.Count(analysis.Nesting), TrackerDiagnostics.Count(_limits.MaxFormulaNesting)));
                continue;
            }

            if (analysis.Unsupported is not null)
            {
                Fail(node);
                continue;
            }

            if (analysis.UncheckedCriteria is not null)
            {
                Skip(node, TrackerDiagnostics.Text("Skip.Criteria", analysis.UncheckedCriteria));
                continue;
            }

            Measure(node, analysis);
        }

        // 2. Dependency order, leaves first; what is left over depends on itself.
        var order = Order(out var circular);
        foreach (var n in circular)
        {
            var node = _nodes[n];
            node.State = State.Failed;
            _diagnostics.Add(TrackerDiagnostics.Warning("TRK027", Location(node), node.Cell.Formula));
        }

        // 3. Compute, each formula once, on a copy holding only what the formulas read.
        using var engine = new XLWorkbook();
        var worksheets = CopyValues(engine);
        var usedNames = new HashSet<string>(_nodes.Where(n => n.State == State.Pending).SelectMany(n => n.Analysis?.Names ?? []), StringComparer.OrdinalIgnoreCase);
        foreach (var name in _workbook.Names.Where(n => usedNames.Contains(n.Name)))
        {
            try
            {
                engine.NamedRanges.Add(name.Name, name.Formula);
            }
#pragma warning disable CA1031 // A name ClosedXML cannot take only matters to formulas that use it, which are then reported.
            catch (Exception)
#pragma warning restore CA1031
            {
            }
        }

        var computed = 0;
        foreach (var n in order)
        {
            if ((++computed & 63) == 0)
            {
                _cancellationToken.ThrowIfCancellationRequested();
            }

            Compute(_nodes[n], worksheets);
        }
    }

    /// <summary>
    /// Walks the cells each reference of a formula covers (rows that exist, cells within the columns), counting them
    /// against <see cref="TrackerLimits.MaxFormulaCellReads"/>, and notes the formulas it depends on and the values to copy.
    /// </summary>
    private void Measure(Node node, FormulaAnalysis analysis)
    {
        node.LongestText = new long[analysis.References.Count];
        for (var r = 0; r < analysis.References.Count; r++)
        {
            var (sheetIndex, range) = analysis.References[r];
            var sheet = _workbook.Sheets[sheetIndex];
            for (var i = sheet.FirstRowIndexFrom(range.FirstRow); i < sheet.Rows.Count && sheet.Rows[i].Number <= range.LastRow; i++)
            {
                var row = sheet.Rows[i];
                var first = row.FirstCellIndexFrom(range.FirstColumn);
                var read = 0;
                for (var k = first; k < row.Cells.Count && row.Cells[k].Column <= range.LastColumn; k++)
                {
                    read++;
                    var cell = row.Cells[k];
                    if (_nodeOf.TryGetValue(cell, out var dependency))
                    {
                        node.Dependencies.Add((dependency, r));
                        continue;
                    }

                    _valueCells.TryAdd(cell, (sheetIndex, row.Number));
                    var length = cell.Value is string text ? text.Length : NumberText;
                    node.LongestText[r] = Math.Max(node.LongestText[r], length);
                    if (analysis.HasCriteria && cell.Value is string criteriaText && !IsSafeCriteriaText(criteriaText))
                    {
                        node.UnsafeCriteriaText = true;
                    }
                }

                // A row costs its binary search even when it holds nothing in the columns; criteria text costs more.
                _reads += Math.Max(1, read);
                if (_reads > _limits.MaxFormulaCellReads)
                {
                    throw TrackerDiagnostics.LimitPassed(
                        "TRK026", _displayName, _workbook.Sheets[node.Sheet].Name, CellReference.Name(node.Row.Number, node.Cell.Column), "Limit.FormulaReads", _limits.MaxFormulaCellReads);
                }

                if ((i & 1023) == 0)
                {
                    _cancellationToken.ThrowIfCancellationRequested();
                }
            }
        }
    }

    private static bool IsSafeCriteriaText(string text) =>
        text.Length <= FormulaAnalysis.MaxCriteriaText
        && FormulaAnalysis.ParenthesisDepth(text) <= FormulaAnalysis.MaxCriteriaNesting
        && FormulaAnalysis.Wildcards(text) <= FormulaAnalysis.MaxCriteriaWildcards;

    /// <summary>Kahn's algorithm over the dependencies, in the order of the sheets; the nodes never freed are on or behind a cycle.</summary>
    private List<int> Order(out List<int> circular)
    {
        var waiting = new int[_nodes.Count];
        var dependents = new List<int>?[_nodes.Count];
        for (var n = 0; n < _nodes.Count; n++)
        {
            foreach (var (dependency, _) in _nodes[n].Dependencies)
            {
                waiting[n]++;
                (dependents[dependency] ??= []).Add(n);
            }
        }

        var ready = new Queue<int>();
        for (var n = 0; n < _nodes.Count; n++)
        {
            if (waiting[n] == 0)
            {
                ready.Enqueue(n);
            }
        }

        var order = new List<int>(_nodes.Count);
        while (ready.Count > 0)
        {
            var n = ready.Dequeue();
            order.Add(n);
            foreach (var dependent in dependents[n] ?? [])
            {
                if (--waiting[dependent] == 0)
                {
                    ready.Enqueue(dependent);
                }
            }
        }

        circular = [];
        for (var n = 0; n < _nodes.Count; n++)
        {
            if (waiting[n] > 0 && _nodes[n].State == State.Pending)
            {
                circular.Add(n);
            }
        }

        return order;
    }

    /// <summary>Makes ClosedXML's copy: every sheet (for references between sheets), and only the values formulas read.</summary>
    private IXLWorksheet?[] CopyValues(XLWorkbook engine)
    {
        var worksheets = new IXLWorksheet?[_workbook.Sheets.Count];
        for (var s = 0; s < worksheets.Length; s++)
        {
            try
            {
                worksheets[s] = engine.AddWorksheet(_workbook.Sheets[s].Name);
            }
#pragma warning disable CA1031 // A sheet name ClosedXML refuses: the formulas on or into that sheet are reported as not computed.
            catch (Exception)
#pragma warning restore CA1031
            {
            }
        }

        var copied = 0;
        foreach (var (cell, (sheet, row)) in _valueCells)
        {
            if ((++copied & 1023) == 0)
            {
                _cancellationToken.ThrowIfCancellationRequested();
            }

            if (worksheets[sheet] is { } worksheet)
            {
                SetValue(worksheet.Cell(row, cell.Column), cell.Value);
            }
        }

        return worksheets;
    }

    private void Compute(Node node, IXLWorksheet?[] worksheets)
    {
        if (worksheets[node.Sheet] is not { } worksheet)
        {
            if (node.State == State.Pending)
            {
                Fail(node);
            }

            return;
        }

        var target = worksheet.Cell(node.Row.Number, node.Cell.Column);
        if (node.State != State.Pending)
        {
            // Left empty (reported): the formulas reading it meet an error, as in Excel, not a blank.
            SetError(target, node);
            return;
        }

        // The result's text can be no longer than the formula and the longest text of each reference (REPT multiplies
        // it, SUBSTITUTE squares it): past Excel's own limit for a cell, it is not computed.
        var analysis = node.Analysis!;
        var longest = (long[])node.LongestText.Clone();
        var unsafeCriteria = node.UnsafeCriteriaText;
        foreach (var (dependency, reference) in node.Dependencies)
        {
            var from = _nodes[dependency];
            longest[reference] = Math.Max(longest[reference], from.ResultText);
            unsafeCriteria |= analysis.HasCriteria && from.Cell.Value is string text && !IsSafeCriteriaText(text);
        }

        if (unsafeCriteria)
        {
            Skip(node, TrackerDiagnostics.Text("Skip.CriteriaText", FormulaAnalysis.MaxCriteriaText, FormulaAnalysis.MaxCriteriaNesting));
            return;
        }

        var bound = (double)node.Cell.Formula!.Length + longest.Sum() + analysis.TextExtra;
        bound = (analysis.Squares ? bound * bound : bound) * analysis.TextFactor;
        if (bound > MaxResultText)
        {
            Skip(node, TrackerDiagnostics.Text("Skip.Text", TrackerDiagnostics.Count(MaxResultText)));
            return;
        }

        object? value;
        try
        {
            target.FormulaA1 = node.Cell.Formula;
            value = target.Value;
        }
#pragma warning disable CA1031 // ClosedXML throws many kinds of exceptions for what it cannot compute.
        catch (Exception)
#pragma warning restore CA1031
        {
            Fail(node);
            SetError(target, node);
            return;
        }

        if (value is Enum error)
        {
            node.State = State.Failed;
            node.ErrorFormula = error.ToString() == "NoValueAvailable" ? "NA()" : "1/0";
            node.Cell.Uncached = false;
            _diagnostics.Add(TrackerDiagnostics.Warning("TRK010", Location(node), ErrorText(error)));
            SetError(target, node);
            return;
        }

        node.Cell.Value = Convert(value, node.Cell.Kind);
        node.Cell.Uncached = false;
        node.State = State.Computed;
        if (node.Cell.Value is string result)
        {
            node.ResultText = result.Length;
            _workbook.TextCharacters += result.Length;
            if (_workbook.TextCharacters > _limits.MaxTextCharacters)
            {
                throw TrackerDiagnostics.LimitPassed(
                    "TRK025", _displayName, _workbook.Sheets[node.Sheet].Name, CellReference.Name(node.Row.Number, node.Cell.Column), "Limit.Text", _limits.MaxTextCharacters);
            }
        }
        else
        {
            node.ResultText = NumberText;
        }

        // The formula becomes its value, so that the formulas reading it never make ClosedXML compute it again.
        try
        {
            SetEngineValue(target, value);
        }
#pragma warning disable CA1031 // A value ClosedXML will not take back: the formulas reading it see an error instead.
        catch (Exception)
#pragma warning restore CA1031
        {
            node.ErrorFormula = "1/0";
            SetError(target, node);
        }
    }

    /// <summary>Leaves a failed cell in the copy as a one-step formula with an error, so IFERROR around it still works.</summary>
    private static void SetError(IXLCell target, Node node)
    {
        try
        {
            target.FormulaA1 = node.ErrorFormula ?? "1/0";
        }
#pragma warning disable CA1031 // The copy is ours; a cell it cannot hold reads as empty.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }

    /// <summary>Not computed because a limit would be passed: empty, with a warning naming the cell and the limit.</summary>
    private void Skip(Node node, LocalizedText reason)
    {
        node.State = State.Failed;
        _diagnostics.Add(TrackerDiagnostics.Warning("TRK028", Location(node), node.Cell.Formula, reason));
    }

    /// <summary>Not computable here (ClosedXML cannot, or not safely): empty with TRK011.</summary>
    private void Fail(Node node)
    {
        node.State = State.Failed;
        _diagnostics.Add(TrackerDiagnostics.Warning("TRK011", Location(node), node.Cell.Formula));
    }

    private SheetLocation Location(Node node) =>
        new(_workbook.Sheets[node.Sheet].Name, CellReference.Name(node.Row.Number, node.Cell.Column));

    private static void SetValue(IXLCell target, object? value)
    {
        switch (value)
        {
            case string text:
                target.SetValue(text);
                target.DataType = XLDataType.Text;
                break;
            case decimal number:
                target.SetValue((double)number);
                break;
            case bool flag:
                target.SetValue(flag);
                break;
            case DateOnly date:
                target.SetValue(date.ToDateTime(TimeOnly.MinValue));
                break;
        }
    }

    /// <summary>Puts a computed result back as ClosedXML gave it (a number stays a number, text stays text).</summary>
    private static void SetEngineValue(IXLCell target, object? value)
    {
        // SetValue also drops the cell's formula (checked on ClosedXML 0.95.4).
        switch (value)
        {
            case null:
                target.FormulaA1 = null;
                target.Clear(XLClearOptions.Contents);
                break;
            case string text:
                target.SetValue(text);
                target.DataType = XLDataType.Text;
                break;
            case bool flag:
                target.SetValue(flag);
                break;
            case DateTime dateTime:
                target.SetValue(dateTime);
                break;
            case IConvertible number when value is double or float or int or long or decimal or short:
                target.SetValue(number.ToDouble(CultureInfo.InvariantCulture));
                break;
            default:
                target.SetValue(System.Convert.ToString(value, CultureInfo.InvariantCulture));
                target.DataType = XLDataType.Text;
                break;
        }
    }

    private static object? Convert(object? value, NumberKind kind)
    {
        switch (value)
        {
            case null:
                return null;
            case string text:
                return WorkbookLoader.Text(text);
            case bool flag:
                return flag;
            case DateTime dateTime:
                return kind == NumberKind.Time ? ExcelDates.TimeText(dateTime.ToOADate()) : DateOnly.FromDateTime(dateTime);
            case IConvertible number when value is double or float or int or long or decimal or short:
                var d = number.ToDouble(CultureInfo.InvariantCulture);
                return kind switch
                {
                    NumberKind.Date when ExcelDates.TryFromSerial(d, false, out var date) => date,
                    NumberKind.Time => ExcelDates.TimeText(d),
                    _ when Math.Abs(d) < 7.9e27 && double.IsFinite(d) => ExcelNumbers.ToDecimal(d),
                    _ => d.ToString(CultureInfo.InvariantCulture),
                };
            default:
                return WorkbookLoader.Text(System.Convert.ToString(value, CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Excel's text for ClosedXML's error kinds.</summary>
    private static string ErrorText(Enum error) => error.ToString() switch
    {
        "CellReference" => "#REF!",
        "CellValue" => "#VALUE!",
        "DivisionByZero" => "#DIV/0!",
        "NameNotRecognized" => "#NAME?",
        "NoValueAvailable" => "#N/A",
        "NullValue" => "#NULL!",
        "NumberInvalid" => "#NUM!",
        var other => "#" + other,
    };
}
