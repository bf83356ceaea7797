using Microsoft.DotNet.Interactive.Directives;
using Nalytiq.Extensions.Formatters;
using Nalytiq.Localization;

namespace Nalytiq.Extensions.Directives;

/// <summary>A magic command described once: its .NET Interactive directive and its help entry come from here.</summary>
/// <param name="Name">The command, e.g. <c>#!upload</c>.</param>
/// <param name="DescriptionKey">The resource key of its description.</param>
/// <param name="Parameters">Its options.</param>
internal sealed record DirectiveSpec(string Name, string DescriptionKey, IReadOnlyList<ParameterSpec> Parameters)
{
    public KernelActionDirective ToDirective(Localizer text)
    {
        var directive = new KernelActionDirective(Name, text[DescriptionKey]);
        foreach (var spec in Parameters)
        {
            var parameter = new KernelDirectiveParameter(spec.Name, text[spec.DescriptionKey])
            {
                AllowImplicitName = spec.Implicit,
                Flag = spec.Flag,
                Required = spec.Required,
                TypeHint = spec.TypeHint,
            };
            if (spec.Choices is { } choices)
            {
                parameter.AddCompletions(() => choices);
            }

            directive.Parameters.Add(parameter);
        }

        return directive;
    }

    public HelpEntry ToHelp(Localizer text)
    {
        var usage = Name;
        var options = new List<KeyValuePair<string, string>>();
        foreach (var spec in Parameters)
        {
            var value = spec.Choices is { } choices ? string.Join('|', choices)
                : spec.ValueHintKey is { } hint ? $"<{text[hint]}>"
                : null;
            var token = spec.Implicit ? value! : value is null ? spec.Name : $"{spec.Name} {value}";
            usage += spec.Required ? $" {token}" : $" [{token}]";
            options.Add(new(spec.Implicit ? value! : spec.Name, text[spec.DescriptionKey]));
        }

        return new HelpEntry(usage, text[DescriptionKey], options);
    }
}
