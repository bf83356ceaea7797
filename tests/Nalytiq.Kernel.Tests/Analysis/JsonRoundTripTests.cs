using System.Text.Json;
using Nalytiq.Analysis;
using Shouldly;
using Xunit;

namespace Nalytiq.Tests.Analysis;

public class JsonRoundTripTests
{
    [Fact]
    public async Task A_profile_survives_a_json_round_trip_unchanged()
    {
        var frame = SampleFrames.Mixed(2_000, 41);
        var profile = await DataProfiler.ProfileAsync(frame, new ProfileOptions { GroupBy = "word" });

        var json = JsonSerializer.Serialize(profile);
        var restored = JsonSerializer.Deserialize<DataProfile>(json).ShouldNotBeNull();

        JsonSerializer.Serialize(restored).ShouldBe(json);
        restored.EngineVersion.ShouldBe(DataProfiler.EngineVersion);
        restored.Options.ShouldBe(profile.Options);
        restored.Overview.DuplicateRows.ShouldBe(profile.Overview.DuplicateRows);
        restored.Columns[1].Numeric!.P50.ShouldBe(profile.Columns[1].Numeric!.P50);
        restored.Columns[3].Date.ShouldBe(profile.Columns[3].Date);
        restored.Alerts.Select(a => a.Message.ToString()).ShouldBe(profile.Alerts.Select(a => a.Message.ToString()));
        json.ShouldContain("\"Kind\":\"DateTime\"");
        json.ShouldNotContain("NaN");
        json.ShouldNotContain("Infinity");
    }
}
