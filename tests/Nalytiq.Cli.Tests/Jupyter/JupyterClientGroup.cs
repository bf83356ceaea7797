using Xunit;

namespace Nalytiq.Cli.Tests.Jupyter;

/// <summary>The Jupyter tests share one installed kernelspec and run one at a time: each starts a kernel process.</summary>
[CollectionDefinition(nameof(JupyterClientGroup), DisableParallelization = true)]
public sealed class JupyterClientGroup : ICollectionFixture<InstalledKernel>;
