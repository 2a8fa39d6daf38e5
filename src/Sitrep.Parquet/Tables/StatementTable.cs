using System;
using System.Threading.Tasks;
using Sitrep.Serialization;
using Sitrep.Sources;
using Sitrep.Statements;

namespace Sitrep.Parquet.Tables;

/// <summary>The <c>statements</c> table: one row per statement; speakers, subjects and references as JSON lists of ids, the quote as JSON.</summary>
internal static class StatementTable
{
    public const string Name = "statements";

    public static Table<Statement> Create() => new(Name, [
        new TextColumn<Statement>("id", s => s.Id.Value, required: true, key: true),
        new TextColumn<Statement>("kind", s => Cells.Name(s.Kind), required: true),
        new TextColumn<Statement>("speakers", s => JsonFragments.Write(s.Speakers)),
        new TextColumn<Statement>("subjects", s => JsonFragments.Write(s.Subjects)),
        new TextColumn<Statement>("time", s => s.Time?.ToString()),
        new ValueColumn<Statement, DateOnly>("time_start", s => Cells.Start(s.Time)),
        new ValueColumn<Statement, DateOnly>("time_end", s => Cells.End(s.Time)),
        new TextColumn<Statement>("channel", s => Cells.Name(s.Channel), required: true),
        new TextColumn<Statement>("platform", s => s.Platform),
        new TextColumn<Statement>("quote", s => JsonFragments.Write(s.Quote)),
        new TextColumn<Statement>("paraphrase", s => s.Paraphrase),
        new TextColumn<Statement>("incidents", s => JsonFragments.Write(s.Incidents)),
        new TextColumn<Statement>("refers_to", s => JsonFragments.Write(s.RefersTo)),
        new TextColumn<Statement>("provenance", s => JsonFragments.Write(s.Provenance)),
    ]);

    public static async Task ReadAsync(ColumnData data, RowDecoder row, long firstRow, Action<Statement> accept)
    {
        var id = await data.TextAsync("id").ConfigureAwait(false);
        var kind = await data.TextAsync("kind").ConfigureAwait(false);
        var speakers = await data.TextAsync("speakers").ConfigureAwait(false);
        var subjects = await data.TextAsync("subjects").ConfigureAwait(false);
        var time = await data.TextAsync("time").ConfigureAwait(false);
        var channel = await data.TextAsync("channel").ConfigureAwait(false);
        var platform = await data.TextAsync("platform").ConfigureAwait(false);
        var quote = await data.TextAsync("quote").ConfigureAwait(false);
        var paraphrase = await data.TextAsync("paraphrase").ConfigureAwait(false);
        var incidents = await data.TextAsync("incidents").ConfigureAwait(false);
        var refersTo = await data.TextAsync("refers_to").ConfigureAwait(false);
        var provenance = await data.TextAsync("provenance").ConfigureAwait(false);
        for (var i = 0; i < data.Rows; i++)
        {
            row.Next(firstRow + i + 1);
            var statement = new Statement
            {
                Id = row.Id<StatementId>("id", id[i]),
                Kind = row.Enum<StatementKind>("kind", kind[i]),
                Speakers = row.List<ActorId>("speakers", speakers[i]),
                Subjects = row.List<ActorId>("subjects", subjects[i]),
                Time = row.Time("time", time[i]),
                Channel = row.Enum<StatementChannel>("channel", channel[i]),
                Platform = platform[i],
                Quote = row.Object<Quote>("quote", quote[i]),
                Paraphrase = paraphrase[i],
                Incidents = row.List<IncidentId>("incidents", incidents[i]),
                RefersTo = row.List<StatementId>("refers_to", refersTo[i]),
                Provenance = row.List<Provenance>("provenance", provenance[i]),
            };
            if (!row.Failed)
            {
                accept(statement);
            }
        }
    }
}
