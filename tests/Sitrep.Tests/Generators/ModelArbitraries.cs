using FsCheck;
using FsCheck.Fluent;
using Sitrep.Actors;
using Sitrep.Estimates;
using Sitrep.Incidents;
using Sitrep.Places;
using Sitrep.Sources;
using Sitrep.Statements;
using Sitrep.Temporal;

namespace Sitrep.Tests.Generators;

/// <summary>The <see cref="Arbitrary{T}"/> instances property tests use; pass this type to <c>[Property(Arbitrary = ...)]</c>.</summary>
public static class ModelArbitraries
{
    public static Arbitrary<Dataset> Dataset() => ModelGen.Dataset.ToArbitrary();

    public static Arbitrary<TemporalValue> TemporalValue() => ModelGen.Temporal.ToArbitrary();

    public static Arbitrary<Estimate> Estimate() => ModelGen.Estimate.ToArbitrary();

    public static Arbitrary<Place> Place() => ModelGen.Place.ToArbitrary();

    public static Arbitrary<InvalidDataset> InvalidDataset() => InvalidDatasetGen.Gen.ToArbitrary();

    // Records are drawn from whole generated datasets, so their references and ids look like real ones.
    public static Arbitrary<Source> Source() => ModelGen.Dataset.Select(d => d.Sources[0]).ToArbitrary();

    public static Arbitrary<Actor> Actor() => ModelGen.Dataset.Select(d => d.Actors[^1]).ToArbitrary();

    public static Arbitrary<Incident> Incident() => ModelGen.Dataset.Where(d => d.Incidents.Count > 0).Select(d => d.Incidents[^1]).ToArbitrary();

    public static Arbitrary<Statement> Statement() => ModelGen.Dataset.Where(d => d.Statements.Count > 0).Select(d => d.Statements[^1]).ToArbitrary();
}
