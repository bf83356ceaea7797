namespace Nalytiq.Assistant.Tests.Loopback;

/// <summary>A request the loopback server received.</summary>
internal sealed record RecordedRequest(string Method, string Path, string? Authorization, string Body);
