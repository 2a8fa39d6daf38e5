using System.IO;
using System.Linq;
using FsCheck.Xunit;
using Sitrep.Actors;
using Sitrep.Incidents;
using Sitrep.Serialization;
using Sitrep.Sources;
using Sitrep.Statements;
using Sitrep.Tests.Generators;

namespace Sitrep.Tests.Serialization;

/// <summary>Each record kind on its own through the JSON Lines writer and reader: one line, equal record back.</summary>
public class RecordRoundTripTests
{
    [Property(Arbitrary = new[] { typeof(ModelArbitraries) }, MaxTest = 100)]
    public void A_source_round_trips_alone(Source source) => Assert.Equal(source, RoundTrip(w => w.WriteSourceAsync(source)).Source);

    [Property(Arbitrary = new[] { typeof(ModelArbitraries) }, MaxTest = 100)]
    public void An_actor_round_trips_alone(Actor actor) => Assert.Equal(actor, RoundTrip(w => w.WriteActorAsync(actor)).Actor);

    [Property(Arbitrary = new[] { typeof(ModelArbitraries) }, MaxTest = 100)]
    public void An_incident_round_trips_alone(Incident incident) => Assert.Equal(incident, RoundTrip(w => w.WriteIncidentAsync(incident)).Incident);

    [Property(Arbitrary = new[] { typeof(ModelArbitraries) }, MaxTest = 100)]
    public void A_statement_round_trips_alone(Statement statement) => Assert.Equal(statement, RoundTrip(w => w.WriteStatementAsync(statement)).Statement);

    private static JsonLinesRecord RoundTrip(System.Func<SitrepJsonLinesWriter, System.Threading.Tasks.ValueTask> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new SitrepJsonLinesWriter(stream))
        {
            write(writer).AsTask().GetAwaiter().GetResult();
        }

        stream.Position = 0;
        var records = SitrepJsonLines.Read(stream).ToList();
        Assert.Equal(2, records.Count);
        Assert.True(records[0].IsHeader);
        Assert.Empty(records[1].Diagnostics);
        return records[1];
    }
}
