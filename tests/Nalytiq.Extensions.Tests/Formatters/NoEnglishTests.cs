using Shouldly;
using Xunit;

namespace Nalytiq.Extensions.Tests.Formatters;

public sealed class NoEnglishTests
{
    public static TheoryData<string> TranslatedOutputs =>
    [
        .. Directory.EnumerateFiles(Approvals.ApprovedFolder(), "*.approved.txt")
            .Select(path => Path.GetFileName(path))
            .Where(name => name.Contains(".fr.", StringComparison.Ordinal) || name.Contains(".rw.", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal),
    ];

    [Theory]
    [MemberData(nameof(TranslatedOutputs))]
    public void French_and_kinyarwanda_outputs_carry_no_english_label(string approvedFile)
    {
        var language = approvedFile.Contains(".fr.", StringComparison.Ordinal) ? "fr" : "rw";
        var output = File.ReadAllText(Path.Combine(Approvals.ApprovedFolder(), approvedFile));

        EnglishLabels.FoundIn(output, language).ShouldBeEmpty();
    }

    [Fact]
    public void The_check_finds_the_english_labels_of_an_english_output()
    {
        var output = File.ReadAllText(Path.Combine(Approvals.ApprovedFolder(), "profile.en.html.approved.txt"));

        var found = EnglishLabels.FoundIn(output, "rw");

        found.ShouldContain("Rows");
        found.ShouldContain("Median");
        found.Count.ShouldBeGreaterThan(15);
    }
}
