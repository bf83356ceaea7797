using Nalytiq.Caching;
using Shouldly;
using Xunit;

namespace Nalytiq.Tests.Caching;

public sealed class CacheKeyTests
{
    private sealed record ProfileOptions(int Bins, string[] Columns, double Threshold, string? By = null);

    private static readonly ProfileOptions Defaults = new(20, ["a", "b"], 0.9);

    [Fact]
    public void The_same_inputs_give_the_same_key()
    {
        var first = CacheKey.Create("profile", "abc123", Defaults, "1.0.0");
        var second = CacheKey.Create("profile", "abc123", Defaults with { Columns = ["a", "b"] }, "1.0.0");

        second.ShouldBe(first);
        first.Value.ShouldStartWith("profile:");
        first.Kind.ShouldBe("profile");
    }

    [Fact]
    public void The_key_changes_with_the_fingerprint_the_options_the_version_or_the_kind()
    {
        var key = CacheKey.Create("profile", "abc123", Defaults, "1.0.0");

        CacheKey.Create("profile", "abc124", Defaults, "1.0.0").ShouldNotBe(key);
        CacheKey.Create("profile", "abc123", Defaults with { Bins = 21 }, "1.0.0").ShouldNotBe(key);
        CacheKey.Create("profile", "abc123", Defaults with { By = "region" }, "1.0.0").ShouldNotBe(key);
        CacheKey.Create("profile", "abc123", Defaults with { Columns = ["b", "a"] }, "1.0.0").ShouldNotBe(key);
        CacheKey.Create("profile", "abc123", Defaults, "1.0.1").ShouldNotBe(key);
        CacheKey.Create("timeseries", "abc123", Defaults, "1.0.0").ShouldNotBe(key);
    }

    [Fact]
    public void Option_properties_are_hashed_in_a_canonical_order()
    {
        var one = new Dictionary<string, object> { ["bins"] = 20, ["by"] = "region", ["nested"] = new Dictionary<string, int> { ["y"] = 2, ["x"] = 1 } };
        var other = new Dictionary<string, object> { ["nested"] = new Dictionary<string, int> { ["x"] = 1, ["y"] = 2 }, ["by"] = "region", ["bins"] = 20 };

        CacheKey.CanonicalJson(one).ShouldBe("""{"bins":20,"by":"region","nested":{"x":1,"y":2}}""");
        CacheKey.Create("profile", "f", other, "1").ShouldBe(CacheKey.Create("profile", "f", one, "1"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("pro file")]
    [InlineData("profile:x")]
    public void A_kind_outside_letters_digits_dash_and_underscore_is_refused(string kind) =>
        Should.Throw<ArgumentException>(() => CacheKey.Create(kind, "f", Defaults, "1"));
}
