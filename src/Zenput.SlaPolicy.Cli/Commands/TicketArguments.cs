using System.CommandLine;
using NodaTime;
using Zenput.Sla.Cli.Batch;

namespace Zenput.Sla.Cli.Commands;

/// <summary>The options that describe one ticket (<c>--severity</c>, <c>--reported-at</c>, <c>--pause</c>), shared by <c>due</c>, <c>status</c> and <c>evaluate</c>.</summary>
internal sealed class TicketArguments
{
    /// <summary>Gets <c>--severity</c>: a name or a rank, checked against the policy once it is loaded.</summary>
    public Option<string> Severity { get; } = new("--severity") { Description = "The severity: a name (critical, major, minor) or a rank (1, 2, 3).", HelpName = "critical|major|minor|1|2|3" };

    public Option<Instant?> ReportedAt { get; } = CliOptions.Instant("--reported-at", "When the customer reported the issue: ISO-8601 with an offset or Z, e.g. 2026-11-24T21:30:00-08:00.");

    public Option<Interval[]> Pause { get; } = CliOptions.Pauses();

    public void AddTo(Command command, bool pauses = true)
    {
        command.Options.Add(Severity);
        command.Options.Add(ReportedAt);
        if (pauses)
        {
            command.Options.Add(Pause);
        }
    }

    /// <summary>Whether any of the ticket's options was given.</summary>
    public bool AnyGiven(ParseResult parse) =>
        parse.GetValue(Severity) is not null || parse.GetValue(ReportedAt) is not null || parse.GetValue(Pause) is { Length: > 0 };

    /// <summary>Reads the ticket from the parsed options, or throws a usage error that says what is wrong.</summary>
    public (SeverityTier Tier, Instant ReportedAt, Interval[] Pauses) Resolve(ParseResult parse, SlaPolicy policy, string usage)
    {
        if (parse.GetValue(Severity) is not { } severity || parse.GetValue(ReportedAt) is not { } reportedAt)
        {
            throw new CliException(usage);
        }

        return (Tier(policy, severity), reportedAt, parse.GetValue(Pause) ?? []);
    }

    /// <summary>The policy's tier for <paramref name="severity"/>, or a usage error listing the policy's severities.</summary>
    public static SeverityTier Tier(SlaPolicy policy, string severity) =>
        policy.FindTier(severity) ?? throw new CliException(TicketLine.UnknownSeverity(policy, severity));
}
