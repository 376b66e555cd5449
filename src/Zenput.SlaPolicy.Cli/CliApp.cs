using System;
using System.CommandLine;
using Zenput.Sla.Cli.Commands;

namespace Zenput.Sla.Cli;

/// <summary>The zenput-sla command line: builds the commands, runs one, maps failures to exit codes.</summary>
internal static class CliApp
{
    private static readonly ICliCommand[] Commands =
    [
        new DueCommand(),
        new StatusCommand(),
        new EvaluateCommand(),
        new ReportCommand(),
        new MaintenanceCommand(),
        new ValidateCommand(),
        new PolicyCommand(),
        new ClassifyCommand(),
    ];

    /// <summary>Runs the tool with <paramref name="args"/> on <paramref name="console"/> and returns the exit code.</summary>
    public static int Run(string[] args, CliConsole console)
    {
        var runtime = new CliRuntime(console);
        var root = new RootCommand("zenput-sla: the Zenput support SLA on the command line. Response due times for one ticket or a stream of them, maintenance windows, policy documents.");
        root.Options.Add(runtime.Verbose);
        foreach (var command in Commands)
        {
            root.Subcommands.Add(command.Create(runtime));
        }

        var parse = root.Parse(args);
        var configuration = new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false };
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                console.Error.WriteLine($"error: {error.Message}");
            }

            console.Error.WriteLine("Run 'zenput-sla --help' (or 'zenput-sla <command> --help') for usage.");
            return ExitCodes.UsageError;
        }

        try
        {
            return parse.Invoke(configuration);
        }
        catch (CliException e)
        {
            console.Error.WriteLine($"error: {e.Message}");
            if (parse.GetValue(runtime.Verbose) && e.InnerException is not null)
            {
                console.Error.WriteLine(e.InnerException);
            }

            return e.ExitCode;
        }
        catch (Exception e) when (e is ArgumentException or Clock.SlaClockException)
        {
            // The input cannot be answered (an instant outside the clock's range, a calendar with no working time left).
            console.Error.WriteLine($"error: {ErrorText.OneSentence(e)}");
            if (parse.GetValue(runtime.Verbose))
            {
                console.Error.WriteLine(e);
            }

            return ExitCodes.UsageError;
        }
        catch (Exception e)
        {
            console.Error.WriteLine($"error: {e.Message}");
            if (parse.GetValue(runtime.Verbose))
            {
                console.Error.WriteLine(e);
            }
            else
            {
                console.Error.WriteLine("(run with --verbose for details)");
            }

            return ExitCodes.InternalError;
        }
        finally
        {
            console.Out.Flush();
            console.Error.Flush();
        }
    }
}
