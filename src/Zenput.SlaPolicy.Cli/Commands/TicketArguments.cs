using System.CommandLine;
using NodaTime;
using NodaTime.Text;

namespace Zenput.Sla.Cli.Commands;

/// <summary>The options that describe one ticket (<c>--severity</c>, <c>--reported-at</c>, <c>--pause</c>), shared by <c>due</c> and <c>status</c>.</summary>
internal sealed class TicketArguments
{
    private static readonly OffsetDateTimePattern InstantWithOffset = OffsetDateTimePattern.ExtendedIso;

    public Option<string> Severity { get; } = new("--severity") { Description = "The severity: a name (critical, major, minor) or a rank (1, 2, 3).", HelpName = "critical|major|minor|1|2|3" };

    public Option<string> ReportedAt { get; } = new("--reported-at") { Description = "When the customer reported the issue: ISO-8601 with an offset or Z, e.g. 2026-11-24T21:30:00-08:00.", HelpName = "INSTANT" };

    public Option<string[]> Pause { get; } = new("--pause") { Description = "A pause of the SLA clock as START/END (ISO-8601 instants with offsets); repeat for several.", HelpName = "START/END", Arity = ArgumentArity.ZeroOrMore };

    public void AddTo(Command command)
    {
        command.Options.Add(Severity);
        command.Options.Add(ReportedAt);
        command.Options.Add(Pause);
    }

    /// <summary>Reads the ticket from the parsed options, or throws a usage error that says what is wrong.</summary>
    public (SeverityTier Tier, Instant ReportedAt, Interval[] Pauses) Resolve(ParseResult parse, SlaPolicy policy, string usage)
    {
        var severity = parse.GetValue(Severity);
        var reportedAt = parse.GetValue(ReportedAt);
        if (severity is null || reportedAt is null)
        {
            throw new CliException(usage);
        }

        var tier = policy.FindTier(severity) ?? throw new CliException(Batch.TicketLine.UnknownSeverity(policy, severity));
        return (tier, ParseInstant(reportedAt, "--reported-at"), ParsePauses(parse.GetValue(Pause) ?? []));
    }

    /// <summary>Parses an ISO-8601 instant with an offset or Z, or throws a usage error naming the option.</summary>
    public static Instant ParseInstant(string text, string option)
    {
        var parsed = InstantWithOffset.Parse(text);
        return parsed.Success
            ? parsed.Value.ToInstant()
            : throw new CliException($"{option} '{text}' is not an ISO-8601 instant with an offset or Z (for example 2026-11-24T21:30:00-08:00).");
    }

    private static Interval[] ParsePauses(string[] values)
    {
        var pauses = new Interval[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            var parts = values[i].Split('/');
            var start = parts.Length == 2 ? InstantWithOffset.Parse(parts[0]) : null;
            var end = parts.Length == 2 ? InstantWithOffset.Parse(parts[1]) : null;
            if (start is not { Success: true } || end is not { Success: true })
            {
                throw new CliException($"--pause '{values[i]}' is not START/END with two ISO-8601 instants with offsets (for example 2026-11-25T06:00:00Z/2026-11-25T06:45:00Z).");
            }

            if (end.Value.ToInstant() < start.Value.ToInstant())
            {
                throw new CliException($"--pause '{values[i]}' ends before it starts.");
            }

            pauses[i] = new Interval(start.Value.ToInstant(), end.Value.ToInstant());
        }

        return pauses;
    }
}
