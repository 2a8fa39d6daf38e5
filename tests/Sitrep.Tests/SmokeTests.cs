using Sitrep.Serialization;

namespace Sitrep.Tests;

public class SmokeTests
{
    [Fact]
    public void Empty_dataset_round_trips()
    {
        var json = SitrepJson.Serialize(new Dataset());
        var result = SitrepJson.Parse(json);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(new Dataset(), result.Value);
    }
}
