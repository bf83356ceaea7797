using Shouldly;
using Xunit;

namespace Nalytiq.Assistant.Tests;

/// <summary>What <c>#!ask</c> changes in the session: a typed key, and the frames a question is about by default.</summary>
public sealed class SessionStateTests
{
    [Fact]
    public async Task A_typed_key_needs_a_provider_that_takes_one_and_no_key_changes_nothing()
    {
        await using var bench = AssistantFixture.Create();

        var automatic = Should.Throw<AssistantException>(() => bench.Workbench.StoreAssistantKey(null, "typed-secret"));
        var offline = Should.Throw<AssistantException>(() => bench.Workbench.StoreAssistantKey(ProviderKind.Offline, "typed-secret"));
        bench.Workbench.StoreAssistantKey(null, " ");
        bench.Workbench.StoreAssistantKey(ProviderKind.Gemini, "typed-secret");
        var report = await bench.Workbench.DetectProvidersAsync();

        automatic.Text.Key.ShouldBe("Ask_KeyNeedsProvider");
        offline.Text.Key.ShouldBe("Ask_KeyNeedsProvider");
        report.Chosen.ShouldBe(ProviderKind.Gemini);
        report.ToString().ShouldNotContain("typed-secret");
    }

    [Fact]
    public async Task A_question_that_names_no_frame_is_about_every_uploaded_dataset()
    {
        await using var bench = AssistantFixture.Create();
        var path = Path.Combine(bench.Directory, "lots.csv");
        await File.WriteAllTextAsync(path, "lot,score\nA,84\nB,86\n");

        var before = bench.Workbench.DefaultAskFrames();
        var dataset = await bench.Workbench.UploadAsync(path);
        var after = bench.Workbench.DefaultAskFrames();

        before.ShouldBeEmpty();
        after.ShouldHaveSingleItem().Name.ShouldBe("lots");
        after[0].Frame.ShouldBeSameAs(dataset.Frame);
    }
}
