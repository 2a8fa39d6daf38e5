using NodaTime;
using Sitrep.Sources;
using Sitrep.Text.Actors;
using Sitrep.Text.Numbers;

namespace Sitrep.Text;

/// <summary>What the report parser needs besides the text: when and where the report was published, and whom to look for.</summary>
/// <param name="Published">
/// The publication date; relative dates resolve against it. <see langword="null"/>: the parser reads it from the
/// text's dateline (<see cref="Dates.Dateline"/>) and says so (<c>SR0306</c>), or reports that there is none.
/// </param>
public sealed record ReportContext(LocalDate? Published = null)
{
    /// <summary>Gets the report's time zone; resolved times carry it. <see langword="null"/> leaves times without a zone.</summary>
    public DateTimeZone? Zone { get; init; }

    /// <summary>Gets the names to recognise; <see langword="null"/> means <see cref="Gazetteer.BuiltIn"/>.</summary>
    public Gazetteer? Gazetteer { get; init; }

    /// <summary>Gets how vague amounts are read; <see langword="null"/> means plain English (<see cref="NumberOptions.Default"/>; <see cref="NumberOptions.PressReleaseConvention"/> is the other named reading).</summary>
    public NumberOptions? Numbers { get; init; }

    /// <summary>Gets the id the draft dataset gives the report as a source.</summary>
    public SourceId SourceId { get; init; } = new("source:report");

    /// <summary>Gets the report's title, copied to the draft source.</summary>
    public string? Title { get; init; }

    /// <summary>Gets the largest text the parser accepts, in characters; longer text is refused with a diagnostic. 4 MiB characters by default.</summary>
    public int MaxLength { get; init; } = 4 * 1024 * 1024;
}
