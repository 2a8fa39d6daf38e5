using FsCheck;
using FsCheck.Fluent;
using Sitrep.Estimates;
using Sitrep.Places;
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
}
