using Xunit;

namespace Nalytiq.Host.Tests;

/// <summary>All host tests share one packed feed; packing is the slow part.</summary>
[CollectionDefinition(Name)]
public sealed class RealHostDefinition : ICollectionFixture<PackedExtension>
{
    public const string Name = "Real notebook host";
}
