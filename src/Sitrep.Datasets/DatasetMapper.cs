using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Sitrep.Actors;
using Sitrep.Datasets.Parsing;
using Sitrep.Incidents;
using Sitrep.Sources;
using Sitrep.Validation;

namespace Sitrep.Datasets;

/// <summary>
/// Maps one format's records into the model and, for formats with a writer, incidents back into records. A mapper
/// remembers the actors it has seen, so each appears once however many records name it, and every incident it makes
/// cites one <see cref="Source"/>, the dataset release. By default each incident keeps its row as a
/// <see cref="SourceRecord"/>, so that writing it back to the same format loses nothing. Its options are set at
/// construction (<c>new AcledEventMapper { KeepSourceRecords = false, FileName = "x.csv" }</c>) and do not change; what
/// it remembers belongs to one file, so use one mapper per file and per thread.
/// </summary>
/// <typeparam name="TRecord">The format's record type.</typeparam>
public abstract class DatasetMapper<TRecord>
    where TRecord : DatasetRecord
{
    private readonly Dictionary<string, Actor> actors = new(StringComparer.Ordinal);
    private readonly List<Actor> newActors = [];
    private readonly Dictionary<string, ActorId> idsByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> sameNameById = new(StringComparer.Ordinal);
    private readonly List<Diagnostic> diagnostics = [];
    private readonly IdTracker incidentIds = new();
    private long madeIds;
    private (string Column, string Example, long Line)? firstMadeId;
    private long escapedIds;
    private (string Column, string Raw, string Id, long Line)? firstEscapedId;

    private protected DatasetMapper(string format, string sourceIdStem, string title, string? version, string url)
    {
        Format = format;
        Source = new Source
        {
            Id = new SourceId(version is null ? "source:" + sourceIdStem : "source:" + sourceIdStem + "-" + version),
            Kind = SourceKind.DatasetRelease,
            Title = title + (version is null ? string.Empty : " " + version),
            Version = version,
            Url = url,
        };
    }

    /// <summary>Gets the format's name, as <see cref="SourceRecord.Format"/> spells it (<c>ucdp-ged</c>).</summary>
    public string Format { get; }

    /// <summary>Gets the source every mapped incident cites.</summary>
    public Source Source { get; }

    /// <summary>
    /// Gets what mapping found so far about the file as a whole: two different names whose ids would have been the
    /// same (<c>SR0223</c>, reported once per pair; the second gets an id of its own), actor-type codes that disagree
    /// (<c>SR0225</c>), records without an id whose incidents got one made from the file and line (<c>SR0227</c>,
    /// once, with the count), and record ids with whitespace or control characters, escaped in their incidents' ids
    /// (<c>SR0231</c>, once, with the count).
    /// </summary>
    public ValueArray<Diagnostic> Diagnostics
    {
        get
        {
            if (firstMadeId is null && firstEscapedId is null)
            {
                return ValueArray.From(diagnostics);
            }

            var all = new List<Diagnostic>(diagnostics);
            if (firstMadeId is { } made)
            {
                all.Add(MadeIdDiagnostic(made.Column, made.Example, made.Line));
            }

            if (firstEscapedId is { } escaped)
            {
                all.Add(new Diagnostic(
                    DatasetDiagnosticCodes.RecordIdEscaped,
                    DiagnosticSeverity.Warning,
                    string.Create(
                        System.Globalization.CultureInfo.InvariantCulture,
                        $"{escapedIds} {(escapedIds == 1 ? "record has an id" : "records have ids")} in {escaped.Column} with whitespace or control characters, which an id cannot hold; their incidents' ids escape them as %XX (first: {escaped.Id}). The rows keep the ids as written."))
                {
                    Line = escaped.Line > 0 ? escaped.Line : null,
                    Path = "/" + escaped.Column,
                    Value = escaped.Raw,
                });
            }

            return ValueArray.From(all);
        }
    }

    /// <summary>
    /// Gets a name for the file being mapped (<c>acled-subset.csv</c>), set at construction, used in the ids made for
    /// records that have no id of their own: <c>acled:acled-subset.csv:line-12</c>. Without one, such ids are
    /// <c>acled:line-12</c>, unique within one file only.
    /// </summary>
    public string? FileName { get; init; }

    /// <summary>Gets the actors seen so far, one each, in the order first seen.</summary>
    public IReadOnlyCollection<Actor> Actors => actors.Values;

    /// <summary>
    /// Gets whether each incident keeps its row, every column verbatim, as <see cref="Incident.SourceRecord"/> (the
    /// default), set at construction. Turn it off for smaller output when the original file is kept elsewhere.
    /// </summary>
    public bool KeepSourceRecords { get; init; } = true;

    /// <summary>Maps one record.</summary>
    /// <param name="record">A record the reader accepted.</param>
    /// <returns>The incident.</returns>
    public Incident Map(TRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var incident = MapRecord(record);
        return KeepSourceRecords ? incident with { SourceRecord = new SourceRecord(Format, record.Columns, record.Values) } : incident;
    }

    /// <summary>
    /// Returns the actors first seen since the last call, for writers that stream: write them before the incident
    /// that names them.
    /// </summary>
    /// <returns>The new actors, in the order first seen.</returns>
    public ValueArray<Actor> TakeNewActors()
    {
        var taken = ValueArray.From(newActors);
        newActors.Clear();
        return taken;
    }

    /// <summary>Maps records into a dataset with the source, the actors and one incident per record.</summary>
    /// <param name="records">The records.</param>
    /// <returns>The dataset.</returns>
    public Dataset ToDataset(IEnumerable<TRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var incidents = ImmutableArray.CreateBuilder<Incident>();
        foreach (var record in records)
        {
            incidents.Add(Map(record));
        }

        return new Dataset
        {
            Sources = [Source],
            Actors = ValueArray.From(actors.Values),
            Incidents = new ValueArray<Incident>(incidents.ToImmutable()),
        };
    }

    /// <summary>Maps one record; <see cref="Map"/> adds the source record.</summary>
    private protected abstract Incident MapRecord(TRecord record);

    private protected bool TryGetActor(string key, out Actor actor) => actors.TryGetValue(key, out actor!);

    /// <summary>Replaces an actor already remembered (a kind learnt from a later row); it is not new again.</summary>
    private protected void Update(string key, Actor actor) => actors[key] = actor;

    private protected void Report(Diagnostic diagnostic) => diagnostics.Add(diagnostic);

    private protected Actor Remember(string key, Actor actor)
    {
        actors[key] = actor;
        newActors.Add(actor);
        return actor;
    }

    /// <summary>
    /// An incident id made from a record id, unique in the file: ids repeat in real files (the readers warn), so the
    /// second use gets <c>#2</c>, the third <c>#3</c>.
    /// </summary>
    private IncidentId UniqueIncidentId(string prefix, string recordId)
    {
        var (uses, _) = incidentIds.Use(recordId, 0);
        return new IncidentId(prefix + recordId + (uses > 1 ? "#" + uses.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty));
    }

    /// <summary>
    /// The incident id of a record: from its id (<see cref="UniqueIncidentId"/>), or, for a record without one (a
    /// subset export that left the id column out, an empty field), made from the file name and the record's line,
    /// stable as long as the file is not edited; reported once per file (<c>SR0227</c>).
    /// </summary>
    private protected IncidentId RecordIncidentId(string prefix, string? recordId, DatasetRecord record, string idColumn)
    {
        if (recordId is not null && !FieldText.IsMissing(recordId))
        {
            var id = recordId.Trim();
            if (!IncidentId.TryParse(prefix + id, null, out _))
            {
                // "MMR 1", a tab or a NUL byte from a damaged file: escaped, so that the incident's id is one (uniqueness
                // is kept by the id made, a clash with an id written so getting #2).
                var raw = id;
                id = EscapedId(id);
                escapedIds++;
                firstEscapedId ??= (idColumn, raw, prefix + id, record.SourceLine);
            }

            return UniqueIncidentId(prefix, id);
        }

        var where = record.SourceLine > 0
            ? "line-" + record.SourceLine.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : "record-" + (madeIds + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var made = (FileName is { Length: > 0 } file ? IdText(file) + ":" : string.Empty) + where;
        madeIds++;
        firstMadeId ??= (idColumn, prefix + made, record.SourceLine);
        return UniqueIncidentId(prefix, made);
    }

    // Whitespace, control characters and '%' as %XX (%uXXXX past U+00FF); anything else kept.
    private static string EscapedId(string id)
    {
        var builder = new System.Text.StringBuilder(id.Length + 8);
        foreach (var c in id)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c) || c == '%')
            {
                builder.Append(c <= '\u00FF' ? $"%{(int)c:X2}" : $"%u{(int)c:X4}");
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    // A file name as id text: letters, digits, '.', '-' and '_' kept, anything else (spaces, separators) '-'.
    private static string IdText(string name) => string.Create(name.Length, name, static (span, name) =>
    {
        for (var i = 0; i < span.Length; i++)
        {
            var c = name[i];
            span[i] = char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '-';
        }
    });

    private Diagnostic MadeIdDiagnostic(string column, string example, long line) => new(
        DatasetDiagnosticCodes.MadeRecordId,
        DiagnosticSeverity.Warning,
        string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"{madeIds} {(madeIds == 1 ? "record has" : "records have")} no {column}; their incidents get ids made from the file and line (first: {example}). Such ids do not follow an event across releases or edits of the file; keep the id column when exporting to track events."))
    {
        Line = line > 0 ? line : null,
        Path = "/" + column,
    };

    /// <summary>
    /// The id of the actor a name names: <paramref name="prefix"/> and <see cref="ActorNames.Slug"/>, worked out once
    /// per spelling. Spellings that differ only in case and whitespace share the id; two different names never do
    /// (should their hashes meet, the second gets <c>~2</c> and the meeting is reported).
    /// </summary>
    private protected ActorId ActorIdFor(string prefix, string name)
    {
        var key = prefix + "\u0000" + name;
        if (idsByName.TryGetValue(key, out var known))
        {
            return known;
        }

        var same = ActorNames.SameNameForm(name);
        var id = prefix + ActorNames.Slug(name);
        if (sameNameById.TryGetValue(id, out var other) && other != same)
        {
            var first = id;
            var n = 2;
            while (sameNameById.TryGetValue(id, out other) && other != same)
            {
                id = first + "~" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
                n++;
            }

            diagnostics.Add(new Diagnostic(
                DatasetDiagnosticCodes.ActorIdCollision,
                DiagnosticSeverity.Warning,
                $"The actor names '{sameNameById[first]}' and '{same}' give the same id {first}; the second is {id}.")
            {
                Value = name,
            });
        }

        sameNameById[id] = same;
        var actorId = new ActorId(id);
        idsByName[key] = actorId;
        return actorId;
    }

    /// <summary>
    /// Puts an incident back into a row of <paramref name="layout"/>: its own source record when it came from this
    /// format (fields matched by column name, so a row keeps every field the layout has), otherwise the fields
    /// <paramref name="synthesize"/> derives from the model. Whatever does not fit is reported, never dropped
    /// silently.
    /// </summary>
    private protected ValueArray<string> Unmap(
        Incident incident,
        ValueArray<string> layout,
        Func<Incident, ICollection<Diagnostic>, string, IReadOnlyDictionary<string, string>> synthesize,
        ICollection<Diagnostic> diagnostics,
        string path)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var values = new string[layout.Count];
        Array.Fill(values, string.Empty);
        // Column positions by name, built once per layout and shared with the readers.
        var index = ColumnIndex.For(layout);
        if (incident.SourceRecord is { } record && string.Equals(record.Format, Format, StringComparison.OrdinalIgnoreCase))
        {
            var droppedColumns = new List<string>();
            var droppedFields = new List<string>();
            for (var i = 0; i < record.Columns.Count && i < record.Values.Count; i++)
            {
                var at = index.IndexOf(record.Columns[i]);
                if (at >= 0)
                {
                    values[at] = record.Values[i];
                }
                else if (record.Values[i].Length > 0)
                {
                    droppedColumns.Add(record.Columns[i]);
                    droppedFields.Add(record.Columns[i] + "=" + record.Values[i]);
                }
            }

            if (droppedColumns.Count > 0)
            {
                diagnostics.Add(IncidentFields.NotCarried(path + "/sourceRecord", $"The output layout has no column for {string.Join(", ", droppedColumns)}; those fields are not carried over.", string.Join("; ", droppedFields)));
            }

            return ValueArray.Create<string>(values);
        }

        var unplaced = new List<(string Column, string Value)>();
        foreach (var (column, value) in synthesize(incident, diagnostics, path))
        {
            var at = index.IndexOf(column);
            if (at >= 0)
            {
                values[at] = value;
            }
            else if (value.Length > 0)
            {
                unplaced.Add((column, value));
            }
        }

        if (unplaced.Count > 0)
        {
            diagnostics.Add(IncidentFields.NotCarried(path, $"The output layout has no column for {string.Join(", ", unplaced.Select(u => u.Column))}; those values are not written.", string.Join("; ", unplaced.Select(u => u.Column + "=" + u.Value))));
        }

        if (incident.SourceRecord is { } other)
        {
            diagnostics.Add(IncidentFields.NotCarried(path + "/sourceRecord", $"The incident was read from {other.Format}; only what the model holds is carried over to {Format}, not the {other.Columns.Count} original columns.", other.Format));
        }

        return ValueArray.Create<string>(values);
    }
}
