using System;
using System.Threading.Tasks;
using Sitrep.Serialization;
using Sitrep.Sources;

namespace Sitrep.Parquet.Tables;

/// <summary>The <c>sources</c> table: one row per source (an agency story, an outlet, a dataset release).</summary>
internal static class SourceTable
{
    public const string Name = "sources";

    public static Table<Source> Create() => new(Name, [
        new TextColumn<Source>("id", s => s.Id.Value, required: true, key: true),
        new TextColumn<Source>("kind", s => Cells.Name(s.Kind), required: true),
        new TextColumn<Source>("title", s => s.Title),
        new TextColumn<Source>("publisher", s => s.Publisher?.Value),
        new TextColumn<Source>("author", s => s.Author?.Value),
        new TextColumn<Source>("url", s => s.Url),
        new TextColumn<Source>("published", s => s.Published?.ToString()),
        new ValueColumn<Source, DateOnly>("published_start", s => Cells.Start(s.Published)),
        new TextColumn<Source>("language", s => s.Language),
        new TextColumn<Source>("version", s => s.Version),
        new TextColumn<Source>("reliability", s => s.Reliability?.ToString()),
        new TextColumn<Source>("derived_from", s => JsonFragments.Write(s.DerivedFrom)),
        new TextColumn<Source>("external_ids", s => JsonFragments.Write(s.ExternalIds)),
    ]);

    public static async Task ReadAsync(ColumnData data, RowDecoder row, long firstRow, Action<Source> accept)
    {
        var id = await data.TextAsync("id").ConfigureAwait(false);
        var kind = await data.TextAsync("kind").ConfigureAwait(false);
        var title = await data.TextAsync("title").ConfigureAwait(false);
        var publisher = await data.TextAsync("publisher").ConfigureAwait(false);
        var author = await data.TextAsync("author").ConfigureAwait(false);
        var url = await data.TextAsync("url").ConfigureAwait(false);
        var published = await data.TextAsync("published").ConfigureAwait(false);
        var language = await data.TextAsync("language").ConfigureAwait(false);
        var version = await data.TextAsync("version").ConfigureAwait(false);
        var reliability = await data.TextAsync("reliability").ConfigureAwait(false);
        var derivedFrom = await data.TextAsync("derived_from").ConfigureAwait(false);
        var externalIds = await data.TextAsync("external_ids").ConfigureAwait(false);
        for (var i = 0; i < data.Rows; i++)
        {
            row.Next(firstRow + i + 1);
            ReliabilityGrade? grade = null;
            if (reliability[i] is { } text)
            {
                var parsed = ReliabilityGrade.Parse(text);
                if (parsed.Success)
                {
                    grade = parsed.Value;
                }
                else
                {
                    row.Fail("reliability", text, "is not an Admiralty grade such as B2: " + parsed.Error.Message);
                }
            }

            var source = new Source
            {
                Id = row.Id<SourceId>("id", id[i]),
                Kind = row.Enum<SourceKind>("kind", kind[i]),
                Title = title[i],
                Publisher = RowDecoder.OptionalId<ActorId>(publisher[i]),
                Author = RowDecoder.OptionalId<ActorId>(author[i]),
                Url = url[i],
                Published = row.Time("published", published[i]),
                Language = language[i],
                Version = version[i],
                Reliability = grade,
                DerivedFrom = row.List<SourceId>("derived_from", derivedFrom[i]),
                ExternalIds = row.List<ExternalId>("external_ids", externalIds[i]),
            };
            if (!row.Failed)
            {
                accept(source);
            }
        }
    }
}
