using Microsoft.Data.Analysis;
using Nalytiq.Analysis;
using Shouldly;
using Xunit;

namespace Nalytiq.Assistant.Tests;

/// <summary>The read-only functions the model may call, checked against LINQ over the same frame.</summary>
public sealed class FrameToolsTests
{
    private static readonly DataFrame Frame = AssistantFixture.Harvests;

    [Fact]
    public async Task Group_aggregate_means_match_a_LINQ_group_by()
    {
        var tools = await ToolsAsync(PrivacyLevel.Stats);
        var north = Enumerable.Range(0, (int)Frame.Rows.Count)
            .Where(i => (string)Frame.Columns["region"][i] == "North" && Frame.Columns["yield_kg"][i] is not null)
            .Average(i => (double)Frame.Columns["yield_kg"][i]);

        var result = tools.GroupAggregate("harvests", "region", "yield_kg", "mean");

        result.ShouldContain($"North = {DataContextBuilder.G(north)}");
        tools.Calls.ShouldHaveSingleItem().Name.ShouldBe("group_aggregate");
    }

    [Fact]
    public async Task Filtered_count_and_missing_count_match_the_frame()
    {
        var tools = await ToolsAsync(PrivacyLevel.Stats);

        tools.FilteredCount("harvests", "rainfall_mm", "gt", "250").ShouldBe("39 of 240 rows");
        tools.FilteredCount("harvests", "yield_kg", "missing").ShouldBe("12 of 240 rows");
    }

    [Fact]
    public async Task Correlation_agrees_with_the_profile()
    {
        var (tools, profile) = await ToolsAndProfileAsync(PrivacyLevel.Stats);

        var result = tools.Correlation("harvests", "yield_kg", "rainfall_mm");

        result.ShouldBe($"pearson {DataContextBuilder.G(profile.Correlations.TopPairs[0].Pearson)} (n=228)");
    }

    [Fact]
    public async Task Below_samples_identifier_like_values_are_withheld_and_e_mails_are_masked_at_samples()
    {
        var atStats = await ToolsAsync(PrivacyLevel.Stats);
        var atSamples = await ToolsAsync(PrivacyLevel.Samples);

        atStats.ValueCounts("harvests", "farmer", 3).ShouldNotContain("Mukamana");
        atStats.ValueCounts("harvests", "region", 2).ShouldBe("distinct 4: East = 60; North = 60");
        atSamples.ValueCounts("harvests", "email", 2).ShouldNotContain("coop.rw");
    }

    [Fact]
    public async Task Mistakes_go_back_to_the_model_as_text_and_a_row_limit_is_enforced()
    {
        var tools = await ToolsAsync(PrivacyLevel.Stats);
        var limited = await ToolsAsync(PrivacyLevel.Stats, new AssistantOptions { ToolRowLimit = 100 });

        tools.Quantile("harvests", "no_such_column", 0.5).ShouldStartWith("error: no column named 'no_such_column'");
        tools.Quantile("harvests", "region", 0.5).ShouldStartWith("error:");
        limited.Quantile("harvests", "yield_kg", 0.5).ShouldContain("more than the tool limit of 100");
        tools.Calls.Count.ShouldBe(2);
    }

    private static async Task<FrameTools> ToolsAsync(PrivacyLevel privacy, AssistantOptions? options = null) =>
        (await ToolsAndProfileAsync(privacy, options)).Tools;

    private static async Task<(FrameTools Tools, DataProfile Profile)> ToolsAndProfileAsync(PrivacyLevel privacy, AssistantOptions? options = null)
    {
        var profile = await DataProfiler.ProfileAsync(Frame);
        return (new FrameTools([new ProfiledFrame(AssistantFixture.Frame, profile)], privacy, options ?? new AssistantOptions()), profile);
    }
}
