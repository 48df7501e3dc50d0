using Spectre.Console;

namespace NkHandouts.Cli;

/// <summary>A titled table of a text report. On a terminal it is a Spectre table; piped or in CI it is plain lines
/// (the title, then one line per row with each value named by its column), because a box table wraps file names and
/// sentences mid-word and cannot be read by grep. Cells are Spectre markup (escaped text with colour tags).</summary>
internal sealed class ReportTable
{
    private readonly string title;
    private readonly string[] columns;
    private readonly HashSet<int> noWrap = [];
    private readonly List<string[]> rows = [];

    public ReportTable(string title, params string[] columns)
    {
        this.title = title;
        this.columns = columns;
    }

    /// <summary>On a terminal, this column is never wrapped (locations such as <c>file:line:col</c>).</summary>
    public ReportTable NoWrap(int column)
    {
        noWrap.Add(column);
        return this;
    }

    public ReportTable Row(params string[] cells)
    {
        rows.Add(cells);
        return this;
    }

    public void Write(CliContext context)
    {
        if (context.Interactive)
        {
            var table = new Table().Title(title);
            for (var i = 0; i < columns.Length; i++)
            {
                var column = new TableColumn(Markup.Escape(columns[i]));
                table.AddColumn(noWrap.Contains(i) ? column.NoWrap() : column);
            }

            foreach (var row in rows)
            {
                table.AddRow(row);
            }

            context.Console.Write(table);
            return;
        }

        context.Output.WriteLine(Plain(title));
        foreach (var row in rows)
        {
            // A two-column table is a list of measures ("Consensus grade: 9.4"); wider rows name every value.
            var line = columns.Length == 2
                ? $"{Plain(row[0])}: {Plain(row[1])}"
                : string.Join("; ", row.Select((cell, i) => $"{columns[i]}: {Plain(cell)}"));
            context.Output.WriteLine("  " + line);
        }
    }

    /// <summary>Markup removed; a multi-line cell joined on one line; control characters escaped so a value cannot
    /// forge a line of its own.</summary>
    private static string Plain(string markup) =>
        Diagnostics.Printable.Escape(Markup.Remove(markup).ReplaceLineEndings(", "));
}
