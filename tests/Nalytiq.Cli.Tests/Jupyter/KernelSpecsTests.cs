using System.Text.Json.Nodes;
using Nalytiq.Cli.Jupyter.Install;
using Shouldly;
using Xunit;

namespace Nalytiq.Cli.Tests.Jupyter;

public sealed class KernelSpecsTests : IDisposable
{
    private readonly string _prefix = Directory.CreateTempSubdirectory("nalytiq-spec-").FullName;

    [Fact]
    public async Task Install_writes_a_kernelspec_that_starts_this_program_with_message_interrupts()
    {
        var directory = await KernelSpecs.InstallAsync(new KernelSpecOptions { Prefix = _prefix }, ["dotnet", "/app/nalytiq.dll"], default);

        directory.ShouldBe(Path.Combine(_prefix, "share", "jupyter", "kernels", "nalytiq"));
        var spec = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(directory, "kernel.json")))!;
        spec["argv"]!.AsArray().Select(a => a!.GetValue<string>()).ShouldBe(["dotnet", "/app/nalytiq.dll", "kernel", "-f", "{connection_file}"]);
        spec["display_name"]!.GetValue<string>().ShouldBe("C# (Nalytiq)");
        spec["language"]!.GetValue<string>().ShouldBe("C#");
        spec["interrupt_mode"]!.GetValue<string>().ShouldBe("message");
    }

    [Fact]
    public void This_program_is_started_by_its_apphost_or_by_dotnet_with_its_absolute_path()
    {
        var program = KernelSpecs.CurrentProgram();

        if (program.Count == 1)
        {
            Path.GetFileNameWithoutExtension(program[0]).ShouldBe("nalytiq");
            Path.IsPathRooted(program[0]).ShouldBeTrue();
        }
        else
        {
            Path.GetFileNameWithoutExtension(program[0]).ShouldBe("dotnet");
            program[1].ShouldEndWith("nalytiq.dll");
            Path.IsPathRooted(program[1]).ShouldBeTrue();
        }
    }

    [Fact]
    public async Task Uninstall_removes_only_our_kernelspecs()
    {
        var options = new KernelSpecOptions { Name = "mine", Prefix = _prefix };
        await KernelSpecs.InstallAsync(options, ["nalytiq"], default);
        var foreign = Directory.CreateDirectory(Path.Combine(options.KernelsDirectory, "python3")).FullName;
        await File.WriteAllTextAsync(Path.Combine(foreign, "kernel.json"), """{"argv": ["python3"], "display_name": "Python", "language": "python"}""");

        KernelSpecs.Uninstall(options with { Name = "python3" }).ShouldBeFalse();
        KernelSpecs.Uninstall(options).ShouldBeTrue();

        Directory.Exists(Path.Combine(options.KernelsDirectory, "mine")).ShouldBeFalse();
        Directory.Exists(foreign).ShouldBeTrue();
    }

    public void Dispose() => Directory.Delete(_prefix, recursive: true);
}
