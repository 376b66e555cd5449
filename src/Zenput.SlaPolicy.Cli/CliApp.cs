using System;
using System.CommandLine;
using System.Globalization;
using Zenput.Sla.Cli.Commands;
using Zenput.Sla.Clock;

namespace Zenput.Sla.Cli;

/// <summary>The zenput-sla command line: builds the commands, runs one, maps failures to exit codes.</summary>
/// <remarks>
/// <para>Exit codes (<see cref="ExitCodes"/>): a parse error, a <see cref="CliException"/> (the tool's
/// own findings about its input, with their codes) and a <see cref="SlaClockException"/> (the clock's
/// documented "cannot answer this ticket") are the caller's problems; any other exception is a bug and
/// exits with 5, however ordinary its type.</para>
/// <para>Everything runs in the invariant culture: numbers, instants and messages never depend on the
/// machine's language settings. Response files (<c>@file</c>) are off: an argument starting with
/// <c>@</c> is a value like any other.</para>
/// </remarks>
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
        new CalendarCommand(),
    ];

    /// <summary>Runs the tool with <paramref name="args"/> on <paramref name="console"/> and returns the exit code.</summary>
    public static int Run(string[] args, CliConsole console)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        try
        {
            return RunInvariant(args, console);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
            console.Error.Flush();
        }
    }

    private static int RunInvariant(string[] args, CliConsole console)
    {
        var runtime = new CliRuntime(console);
        var root = new RootCommand("zenput-sla: the Zenput support SLA on the command line. Response due times and status, the SLA verdict of tickets' histories with its audit trail, compliance reports, maintenance windows, severity triage, policy documents and business calendars; one ticket or a stream of JSON lines.");
        root.Options.Add(runtime.Verbose);
        foreach (var command in Commands)
        {
            root.Subcommands.Add(command.Create(runtime));
        }

        var parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                console.Error.WriteLine($"error: {ErrorText.ShortenArguments(error.Message, args)}");
            }

            console.Error.WriteLine("Run 'zenput-sla --help' (or 'zenput-sla <command> --help') for usage.");
            return ExitCodes.UsageError;
        }

        var verbose = parse.GetValue(runtime.Verbose);
        try
        {
            var exitCode = parse.Invoke(new InvocationConfiguration { Output = console.Text, Error = console.Error, EnableDefaultExceptionHandler = false });
            console.Out.Flush();
            return exitCode;
        }
        catch (CliException e)
        {
            return Report(console, verbose, ErrorText.ShortenArguments(e.Message, args), e, e.ExitCode);
        }
        catch (SlaClockException e)
        {
            // The clock's documented answer for a ticket it cannot answer (no working time left, beyond the year 9999, stopped for good).
            return Report(console, verbose, ErrorText.ShortenArguments(e.Message, args), e, ExitCodes.UsageError);
        }
        catch (Exception e)
        {
            console.Error.WriteLine($"error: internal error ({e.GetType().Name}): {ErrorText.ShortenArguments(e.Message, args)}");
            console.Error.WriteLine(verbose ? e.ToString() : "This is a bug in zenput-sla; run with --verbose for the details and report them.");
            return ExitCodes.InternalError;
        }
    }

    private static int Report(CliConsole console, bool verbose, string message, Exception? cause, int exitCode)
    {
        console.Error.WriteLine($"error: {message}");
        if (verbose && cause is not null)
        {
            console.Error.WriteLine(cause);
        }

        return exitCode;
    }
}
