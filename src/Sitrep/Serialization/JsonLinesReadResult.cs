using System;
using System.Globalization;
using Sitrep.Validation;

namespace Sitrep.Serialization;

/// <summary>
/// A dataset gathered from a JSON Lines stream, with the diagnostics of every line and the line each record came
/// from, so that diagnostics about the dataset can point back to lines.
/// </summary>
public sealed class JsonLinesReadResult
{
    private readonly ValueArray<long> sourceLines;
    private readonly ValueArray<long> actorLines;
    private readonly ValueArray<long> incidentLines;
    private readonly ValueArray<long> statementLines;

    internal JsonLinesReadResult(
        Dataset dataset,
        ValueArray<Diagnostic> diagnostics,
        long linesRead,
        ValueArray<long> sourceLines,
        ValueArray<long> actorLines,
        ValueArray<long> incidentLines,
        ValueArray<long> statementLines)
    {
        Dataset = dataset;
        Diagnostics = diagnostics;
        LinesRead = linesRead;
        this.sourceLines = sourceLines;
        this.actorLines = actorLines;
        this.incidentLines = incidentLines;
        this.statementLines = statementLines;
    }

    /// <summary>Gets the records that could be read, in stream order within each kind.</summary>
    public Dataset Dataset { get; }

    /// <summary>Gets the diagnostics of the lines, with line numbers.</summary>
    public ValueArray<Diagnostic> Diagnostics { get; }

    /// <summary>Gets the number of lines read, blank ones included.</summary>
    public long LinesRead { get; }

    /// <summary>
    /// Rewrites a diagnostic about <see cref="Dataset"/> (a path such as <c>/incidents/3/casualties/0</c>) to point at
    /// the line the record came from (line 12, path <c>/incident/casualties/0</c>).
    /// </summary>
    /// <param name="diagnostic">A diagnostic from <see cref="DatasetValidator"/>.</param>
    /// <returns>The diagnostic with a line and a path inside the line's record, or unchanged when it cannot be placed.</returns>
    public Diagnostic Relocate(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        var path = diagnostic.Path;
        if (path is null || path.Length < 2 || path[0] != '/')
        {
            return diagnostic;
        }

        var kindEnd = path.IndexOf('/', 1);
        if (kindEnd < 0)
        {
            return diagnostic;
        }

        var indexEnd = path.IndexOf('/', kindEnd + 1);
        var indexText = indexEnd < 0 ? path[(kindEnd + 1)..] : path[(kindEnd + 1)..indexEnd];
        if (!int.TryParse(indexText, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            return diagnostic;
        }

        var (lines, name) = path.AsSpan(1, kindEnd - 1) switch
        {
            "sources" => (sourceLines, "source"),
            "actors" => (actorLines, "actor"),
            "incidents" => (incidentLines, "incident"),
            "statements" => (statementLines, "statement"),
            _ => (default(ValueArray<long>), string.Empty),
        };
        if (index >= lines.Count)
        {
            return diagnostic;
        }

        return diagnostic with { Line = lines[index], Column = null, Path = "/" + name + (indexEnd < 0 ? string.Empty : path[indexEnd..]) };
    }
}
