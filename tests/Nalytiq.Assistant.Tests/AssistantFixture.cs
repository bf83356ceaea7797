using Microsoft.Data.Analysis;
using Nalytiq.Assistant;
using Nalytiq.Caching;
using Nalytiq.Localization;

namespace Nalytiq.Assistant.Tests;

/// <summary>
/// A workbench in its own folder with the assistant configured from a dictionary instead of the environment, and the
/// "harvests" frame: regions, yields with some missing, rainfall that drives yield, and identifying columns (farmer
/// names, e-mails, phones) whose values must never leave the machine below the samples level.
/// </summary>
internal sealed class AssistantFixture : IAsyncDisposable
{
    public const string Key = "sk-loopback-SECRET-4711";

    private AssistantFixture(Workbench workbench, string directory, Dictionary<string, string?> settings)
    {
        Workbench = workbench;
        Directory = directory;
        Settings = settings;
    }

    public Workbench Workbench { get; }

    public string Directory { get; }

    public Dictionary<string, string?> Settings { get; }

    public static DataFrame Harvests { get; } = BuildHarvests();

    public static AskFrame Frame => new("harvests", Harvests);

    public string AuditPath => Workbench.AssistantAuditPath;

    public static AssistantFixture Create(
        Language language = Language.English,
        Func<AssistantOptions, AssistantOptions>? configure = null,
        ResultCacheOptions? cache = null,
        Dictionary<string, string?>? settings = null)
    {
        var directory = Path.Combine(Path.GetTempPath(), "nalytiq-ask-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        var workbench = new Workbench(new WorkbenchOptions
        {
            WorkingDirectory = directory,
            HomeDirectory = Path.Combine(directory, ".nalytiq"),
            Language = language,
            Cache = cache ?? ResultCacheOptions.Embedded(Path.Combine(directory, ".nalytiq", "cache")),
        });
        settings ??= [];
        settings.TryAdd("NALYTIQ_USER", "tester-" + Guid.NewGuid().ToString("N")[..8]);

        // Nothing from this machine's environment: no Gemini key, Ollama only where a test puts it.
        settings.TryAdd("OLLAMA_HOST", "http://127.0.0.1:9");
        var options = new AssistantOptions
        {
            Settings = name => settings.TryGetValue(name, out var value) ? value : null,
            UserSecretsFile = null,
            Timeout = TimeSpan.FromSeconds(60),
            RetryBaseDelay = TimeSpan.FromMilliseconds(50),
        };
        workbench.ConfigureAssistant(configure?.Invoke(options) ?? options);
        return new AssistantFixture(workbench, directory, settings);
    }

    /// <summary>Points the OpenAI-compatible provider at <paramref name="endpoint"/> with the test key.</summary>
    public AssistantFixture UseEndpoint(string endpoint, string? key = Key)
    {
        Settings["NALYTIQ_AI_ENDPOINT"] = endpoint;
        Settings["NALYTIQ_AI_MODEL"] = "loopback-model";
        Settings["NALYTIQ_AI_KEY"] = key;
        return this;
    }

    public static AskRequest Ask(string question, PrivacyLevel privacy = PrivacyLevel.Stats) =>
        new() { Question = question, Frames = [Frame], Privacy = privacy };

    public IReadOnlyList<string> AuditLines() => File.Exists(AuditPath) ? File.ReadAllLines(AuditPath) : [];

    public async ValueTask DisposeAsync()
    {
        await Workbench.DisposeAsync();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static DataFrame BuildHarvests()
    {
        const int rows = 240;
        string[] regions = ["North", "South", "East", "West"];
        var region = new StringDataFrameColumn("region", rows);
        var farmer = new StringDataFrameColumn("farmer", rows);
        var email = new StringDataFrameColumn("email", rows);
        var phone = new StringDataFrameColumn("phone", rows);
        var yield = new PrimitiveDataFrameColumn<double>("yield_kg", rows);
        var rainfall = new PrimitiveDataFrameColumn<double>("rainfall_mm", rows);
        for (var i = 0; i < rows; i++)
        {
            region[i] = regions[i % 4];
            farmer[i] = $"Mukamana{i:000}";
            email[i] = $"farmer{i:000}@coop.rw";
            phone[i] = $"+250 788 {i:000} 111";
            rainfall[i] = 50 + i;
            yield[i] = i % 20 == 7 ? null : 100 + (2.5 * i) + (10 * (i % 4)) + (i % 7);
        }

        return new DataFrame(region, farmer, email, phone, yield, rainfall);
    }
}
