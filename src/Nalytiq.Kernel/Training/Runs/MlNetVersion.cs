using System.Reflection;

namespace Nalytiq.Training;

/// <summary>The version of ML.NET in this process, found without referencing it (the store does not need ML.NET).</summary>
internal static class MlNetVersion
{
    public static string? Detect()
    {
        var assembly = AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a => a.GetName().Name == "Microsoft.ML.Core");
        if (assembly is null)
        {
            try
            {
                assembly = Assembly.Load(new AssemblyName("Microsoft.ML.Core"));
            }
            catch (IOException)
            {
                return null; // Not deployed with this host: no ML.NET to record.
            }
        }

        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        return informational?.Split('+')[0] ?? assembly.GetName().Version?.ToString();
    }
}
