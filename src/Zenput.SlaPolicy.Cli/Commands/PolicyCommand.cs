using System.CommandLine;
using Zenput.Sla.Serialization;

namespace Zenput.Sla.Cli.Commands;

/// <summary><c>policy show</c>: prints the built-in Zenput policy as a JSON policy document.</summary>
internal sealed class PolicyCommand : ICliCommand
{
    public Command Create(CliRuntime runtime)
    {
        var show = new Command("show", "Print the built-in Zenput policy as a JSON policy document: a starting point for a custom policy (use it with --policy).");
        show.SetAction(_ =>
        {
            runtime.Console.Out.WriteLine(SlaPolicyDocument.Save(ZenputSla.Default));
            return ExitCodes.Success;
        });

        var policy = new Command("policy", "Work with policy documents.");
        policy.Subcommands.Add(show);
        return policy;
    }
}
