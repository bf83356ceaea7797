using Shouldly;
using Xunit;

namespace Nalytiq.Cli.Tests;

public sealed class NugetReferencesTests
{
    [Theory]
    [InlineData("#r \"nuget: Nalytiq.Extensions, 0.1.0\"", "")]
    [InlineData("#r \"nuget: Nalytiq.Extensions\"", "")]
    [InlineData("#r \"nuget: Nalytiq.Extensions, 0.1.*\"", "")]
    [InlineData("#r \"nuget: Nalytiq.Extensions, 0.2.0\"", "0.2.0")]
    [InlineData("#r \"nuget: nalytiq.kernel,0.0.9\"\n#r \"nuget: Newtonsoft.Json, 13.0.3\"", "0.0.9")]
    [InlineData("#r \"nuget: Nalytiq.Extensions, 0.*\"\n#r \"nuget: Nalytiq.Kernel, 1.*\"", "1.*")]
    public void Only_references_asking_for_another_version_than_the_carried_one_are_noted(string code, string noted) =>
        string.Join(";", NugetReferences.OtherVersions(code, "0.1.0").Select(r => r.Version)).ShouldBe(noted);

    [Fact]
    public void Every_nalytiq_reference_line_is_satisfied_and_other_packages_are_left_alone()
    {
        var code = "#r \"nuget: Nalytiq.Extensions, 0.2.0\"\n#r \"nuget: Newtonsoft.Json, 13.0.3\"\n1";

        var satisfied = NugetReferences.SatisfyNalytiq(code);

        satisfied.ShouldNotContain("#r \"nuget: Nalytiq");
        satisfied.ShouldContain("#r \"nuget: Newtonsoft.Json, 13.0.3\"");
    }
}
