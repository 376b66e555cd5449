using System.CommandLine;
using System.IO;
using System.Linq;
using Zenput.Sla.Cli.Text;

namespace Zenput.Sla.Cli.Commands;

/// <summary><c>validate FILE</c>: checks a policy document and prints every finding as <c>path: message [code]</c>.</summary>
internal sealed class ValidateCommand : ICliCommand
{
    public Command Create(CliRuntime runtime)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "The JSON policy document to check." };
        var command = new Command("validate", "Check a JSON policy document. Prints each error and warning on its own line as 'path: message [code]' (control characters from the document are shown escaped). Exit code 0 when valid (warnings allowed), 1 when not, 4 when the file cannot be read.");
        command.Arguments.Add(file);
        command.SetAction(parse =>
        {
            var result = CliRuntime.ReadPolicyFile(parse.GetValue(file)!);

            // Text from the document (names, ids, values echoed in messages) goes through the escaping writer.
            var output = runtime.Console.Text;
            foreach (var finding in result.Findings)
            {
                output.WriteLine(ControlCharacters.OneLine(finding.ToString()));
            }

            var errors = result.Errors.Count();
            var warnings = result.Warnings.Count();
            output.WriteLine(result.IsValid
                ? $"valid: '{ControlCharacters.OneLine(result.Policy!.Name)}' ({warnings} warning{(warnings == 1 ? string.Empty : "s")})"
                : $"invalid: {errors} error{(errors == 1 ? string.Empty : "s")}, {warnings} warning{(warnings == 1 ? string.Empty : "s")}");
            return result.IsValid ? ExitCodes.Success : ExitCodes.InvalidPolicy;
        });
        return command;
    }
}
