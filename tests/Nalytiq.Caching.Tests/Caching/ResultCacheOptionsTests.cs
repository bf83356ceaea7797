using Nalytiq.Caching;
using Shouldly;
using Xunit;

namespace Nalytiq.Tests.Caching;

public sealed class ResultCacheOptionsTests
{
    [Fact]
    public void NALYTIQ_GARNET_selects_the_shared_server_and_its_absence_the_embedded_one()
    {
        var home = Path.Combine(Path.GetTempPath(), "nalytiq-home");
        var saved = (Environment.GetEnvironmentVariable("NALYTIQ_GARNET"), Environment.GetEnvironmentVariable("NALYTIQ_GARNET_PASSWORD"));
        try
        {
            Environment.SetEnvironmentVariable("NALYTIQ_GARNET", " garnet.team.example:6380 ");
            Environment.SetEnvironmentVariable("NALYTIQ_GARNET_PASSWORD", "s3cret");
            var shared = ResultCacheOptions.FromEnvironment(home);

            Environment.SetEnvironmentVariable("NALYTIQ_GARNET", null);
            var embedded = ResultCacheOptions.FromEnvironment(home);

            shared.Mode.ShouldBe(CacheMode.Shared);
            shared.SharedEndpoint.ShouldBe("garnet.team.example:6380");
            shared.SharedPassword.ShouldBe("s3cret");
            embedded.Mode.ShouldBe(CacheMode.Embedded);
            embedded.DataDirectory.ShouldBe(Path.Combine(home, "cache"));
        }
        finally
        {
            Environment.SetEnvironmentVariable("NALYTIQ_GARNET", saved.Item1);
            Environment.SetEnvironmentVariable("NALYTIQ_GARNET_PASSWORD", saved.Item2);
        }
    }
}
