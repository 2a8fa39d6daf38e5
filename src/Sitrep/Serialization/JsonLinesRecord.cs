using System.Text.Json.Serialization;
using Sitrep.Actors;
using Sitrep.Incidents;
using Sitrep.Sources;
using Sitrep.Statements;
using Sitrep.Validation;

namespace Sitrep.Serialization;

/// <summary>
/// One line of a JSON Lines stream as read: the header, one record (a source, an actor, an incident or a statement),
/// or nothing, with the diagnostics for that line. Every non-blank line yields exactly one of these, so nothing is
/// dropped silently. It is also the line's JSON shape: what a writer writes is this record's JSON (line number,
/// diagnostics and the computed properties are not part of it, and a line that holds them is refused as having
/// unknown properties).
/// </summary>
public sealed record JsonLinesRecord
{
    /// <summary>Gets the one-based line number.</summary>
    public long Line { get; internal set; }

    /// <summary>Gets the format version when the line is the header (<c>{"sitrep":"1.0"}</c>).</summary>
    [JsonPropertyName("sitrep")]
    [JsonPropertyOrder(-1)]
    public string? FormatVersion { get; init; }

    /// <summary>Gets the dataset title the header carries, if any.</summary>
    public string? Title { get; init; }

    /// <summary>Gets the dataset description the header carries, if any.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the source on the line, if any.</summary>
    public Source? Source { get; init; }

    /// <summary>Gets the actor on the line, if any.</summary>
    public Actor? Actor { get; init; }

    /// <summary>Gets the incident on the line, if any.</summary>
    public Incident? Incident { get; init; }

    /// <summary>Gets the statement on the line, if any.</summary>
    public Statement? Statement { get; init; }

    /// <summary>Gets what was found on the line.</summary>
    public ValueArray<Diagnostic> Diagnostics { get; internal set; }

    /// <summary>Gets a value indicating whether the line is the header.</summary>
    public bool IsHeader => FormatVersion is not null;

    /// <summary>
    /// Gets a value indicating whether the line was read without errors as the header or a record (warnings allowed),
    /// the library's result naming; <see cref="Diagnostics"/> say why not.
    /// </summary>
    public bool Success
    {
        get
        {
            foreach (var diagnostic in Diagnostics)
            {
                if (diagnostic.IsError)
                {
                    return false;
                }
            }

            return IsHeader || HasRecord;
        }
    }

    /// <summary>Gets a value indicating whether the line holds a record.</summary>
    public bool HasRecord => Source is not null || Actor is not null || Incident is not null || Statement is not null;
}
