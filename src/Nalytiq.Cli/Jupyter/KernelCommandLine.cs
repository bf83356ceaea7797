using Nalytiq.Localization;

namespace Nalytiq.Cli.Jupyter;

/// <summary>
/// Parses <c>nalytiq kernel --connection-file|-f &lt;file&gt;</c>, <c>nalytiq kernel install [--name &lt;name&gt;]
/// [--display-name &lt;text&gt;] [--lang en|fr|rw] [--prefix &lt;dir&gt; | --user]</c>, <c>nalytiq kernel list</c>,
/// <c>nalytiq kernel uninstall [--name &lt;name&gt;] [--prefix &lt;dir&gt; | --user]</c> and <c>--help</c> (<c>-h</c>)
/// anywhere after <c>kernel</c>.
/// </summary>
internal static class KernelCommandLine
{
    public static KernelCliOptions Parse(IReadOnlyList<string> args)
    {
        var action = args.Count > 1 ? args[1] switch
        {
            "install" => KernelCliAction.Install,
            "list" => KernelCliAction.List,
            "uninstall" => KernelCliAction.Uninstall,
            _ => KernelCliAction.Serve,
        } : KernelCliAction.Serve;

        var options = new KernelCliOptions(action);
        var managesSpecs = action is KernelCliAction.Install or KernelCliAction.Uninstall;
        bool user = false, prefix = false;
        for (var i = action == KernelCliAction.Serve ? 1 : 2; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--connection-file" or "-f" when action == KernelCliAction.Serve:
                    options = options with { ConnectionFile = Value(args, ref i) };
                    break;
                case "--name" when managesSpecs:
                    options = options with { Spec = options.Spec with { Name = Name(Value(args, ref i)) } };
                    break;
                case "--display-name" when action == KernelCliAction.Install:
                    options = options with { Spec = options.Spec with { DisplayName = Value(args, ref i) } };
                    break;
                case "--lang" when action == KernelCliAction.Install:
                    var language = Value(args, ref i).Trim();
                    _ = Localizer.Parse(language) ?? throw Error(new LocalizedText("Option_InvalidChoice", "--lang", language, "en, fr, rw"));
                    options = options with { Spec = options.Spec with { Language = language } };
                    break;
                case "--help" or "-h":
                    return new KernelCliOptions(KernelCliAction.Help);
                case "--prefix" when managesSpecs:
                    prefix = true;
                    options = options with { Spec = options.Spec with { Prefix = Value(args, ref i) } };
                    break;
                case "--user" when managesSpecs:
                    user = true;
                    break;
                case "--color":
                    _ = Value(args, ref i); // read by the console before parsing
                    break;
                default:
                    throw Error(new LocalizedText("Kernel_UnknownArgument", args[i]));
            }
        }

        if (user && prefix)
        {
            throw Error(new LocalizedText("Kernel_PrefixAndUser"));
        }

        if (action == KernelCliAction.Serve && options.ConnectionFile is null)
        {
            throw Error(new LocalizedText("Kernel_ConnectionFileRequired"));
        }

        return options;
    }

    private static string Name(string name) =>
        name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_')
            ? name
            : throw Error(new LocalizedText("Kernel_InvalidName", name));

    private static string Value(IReadOnlyList<string> args, ref int i) =>
        ++i < args.Count ? args[i] : throw Error(new LocalizedText("Kernel_MissingValue", args[i - 1]));

    /// <summary>The reason, then the usage, in the language the error is shown in.</summary>
    private static UsageException Error(LocalizedText reason) => new(new LocalizedText("Kernel_CommandLineError", reason, new LocalizedText("Kernel_Usage")));
}
