using System.CommandLine;

namespace Zenput.Sla.Cli;

/// <summary>One command of the tool. Adding a command is adding one class and listing it in <see cref="CliApp"/>.</summary>
internal interface ICliCommand
{
    /// <summary>Creates the command, with its options and its action.</summary>
    /// <param name="runtime">Shared options and services.</param>
    /// <returns>The command.</returns>
    Command Create(CliRuntime runtime);
}
