using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using Zenput.Sla.Serialization;
using Zenput.Sla.Tests.Cli;

namespace Zenput.Sla.Tests.Fuzzing;

/// <summary>
/// Random VALID policy documents (business calendars with odd windows, closures, extra working days, dated
/// schedules and holiday rules in zones with unusual DST; elapsed, calendar-days, business-time and
/// business-days goals; maintenance that stops the clock or not; step clocks; warning thresholds) with random
/// consistent ticket histories, through the tool in-process: <c>validate</c> accepts the document, and
/// <c>evaluate --input</c> (with and without the audit; <c>--parallel 1</c> and <c>2</c> byte for byte the
/// same), <c>report</c> (JSON, CSV, HTML; a what-if against the built-in policy one way or the other),
/// <c>due --input</c> with pauses, <c>due</c>, <c>status</c> and <c>maintenance --format ics</c> end with a
/// documented exit code (never 5, the internal error), and every error line or message says something.
/// The mutating fuzz tests mostly make invalid documents and so rarely reach the paths of valid ones
/// (a business-days response goal made <c>report</c> end with exit 5).
/// </summary>
public sealed class ValidPolicyFuzzTests
{
    private const string AsOf = "2027-06-01T00:00:00Z";

    private static readonly string[] Zones =
    [
        "America/Los_Angeles", "Europe/London", "Australia/Lord_Howe", "America/Santiago", "America/Havana", "Asia/Tehran",
        "Pacific/Chatham", "UTC", "America/St_Johns", "Asia/Kathmandu",
    ];

    private static readonly string[] Days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    private static readonly string[] Events =
    [
        "ticketCreated", "engineerAssigned", "firstResponse", "statusUpdate", "fixStarted", "fixApplied", "usersNotified",
        "releasedInMajorVersion", "resolved", "reopened", "paused", "resumed", "severityChanged",
    ];

    private static readonly string[] Times =
        ["00:00", "00:30", "01:00", "02:00", "02:30", "03:00", "08:00", "09:00", "12:00", "17:00", "20:00", "22:00", "23:00", "23:30", "23:59", "24:00"];

    // Days of DST switches in the zones above (2026): US, EU, Lord Howe/Chatham/Santiago, Havana.
    private static readonly string[] DstDates = ["2026-03-08", "2026-11-01", "2026-03-29", "2026-10-25", "2026-04-05", "2026-09-06", "2026-03-14", "2026-04-04", "2026-09-26"];

    // Minutes after 2026-01-01T00:00Z near those switches.
    private static readonly int[] DstMinutes = [(66 * 1440) + 480, (304 * 1440) + 480, 87 * 1440, 297 * 1440, 94 * 1440, 248 * 1440];

    private static readonly Lazy<string> BuiltInPolicy = new(() => SlaPolicyDocument.Save(ZenputSla.Default));

    /// <summary>One run's input: a policy document, its ticket histories, its <c>due</c> lines and the choices of the run.</summary>
    internal sealed record Input(string Policy, string Histories, string DueLines, string ReportFormat, bool PolicyIsWhatIf, bool Html, string DueReportedAt, string DuePause)
    {
        public override string ToString() =>
            $"report {ReportFormat}{(PolicyIsWhatIf ? " (policy as the what-if)" : string.Empty)}; due at {DueReportedAt} --pause {DuePause}\n  policy: {Policy}\n  histories:\n{Histories}\n  due lines:\n{DueLines}";
    }

    [Fact]
    public void A_random_valid_policy_and_consistent_tickets_get_documented_exit_codes_from_every_command()
    {
        _ = BuiltInPolicy.Value;
        var folder = Directory.CreateTempSubdirectory("zenput-valid-fuzz-").FullName;
        try
        {
            var builtIn = Path.Combine(folder, "builtin.json");
            File.WriteAllText(builtIn, BuiltInPolicy.Value);
            var policyFile = Path.Combine(folder, "policy.json");
            var valid = 0;
            var ran = Fuzz.Run("valid policies", ciRuns: 30, Make, input => Check(input, policyFile, builtIn, ref valid), input => input.ToString());

            // The generator's aim: valid documents (or ones refused only because a tier's clock has no working time, see Check).
            // A few refused ones (a rule the generator does not model) are checked for clear findings.
            valid.Should().BeGreaterThanOrEqualTo((int)Math.Ceiling(ran * 0.9), $"the generator makes valid documents ({valid} of {ran} were)");
            TestContext.Current.TestOutputHelper?.WriteLine($"valid policies: {valid} of {ran} documents valid");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    internal static Input Make(Random rng)
    {
        var policy = Policy(rng, out var tiers);
        var histories = new StringBuilder();
        var count = rng.Next(1, 25);
        for (var i = 0; i < count; i++)
        {
            histories.Append(History(rng, i, tiers)).Append('\n');
        }

        var due = new StringBuilder();
        for (var i = 0; i < rng.Next(1, 15); i++)
        {
            due.Append(DueLine(rng, i, tiers)).Append('\n');
        }

        var pauseStart = rng.Next(0, 400 * 1440);
        return new Input(
            policy.ToJsonString(),
            histories.ToString(),
            due.ToString(),
            new[] { "json", "csv", "html" }[rng.Next(3)],
            rng.Next(2) == 0,
            rng.Next(4) == 0,
            Instant(rng.Next(3) == 0 ? DstMinutes[rng.Next(DstMinutes.Length)] : rng.Next(0, 400 * 1440)),
            Instant(pauseStart) + "/" + Instant(pauseStart + new[] { 0, 1, 60, 1500, 3000 }[rng.Next(5)]));
    }

    private static void Check(Input input, string policyFile, string builtIn, ref int valid)
    {
        File.WriteAllText(policyFile, input.Policy);
        var validate = CliRunner.Run("validate", policyFile);
        validate.ExitCode.Should().BeOneOf([0, 1], $"validate accepts or refuses a document; stderr: {Cut(validate.Error)}");
        if (validate.ExitCode != 0)
        {
            // A refused document says where and what, one finding a line.
            (validate.Out + validate.Error).Should().NotBeNullOrWhiteSpace("a refused document says why");

            // Maintenance windows of up to 167 hours are generated on purpose, to reach calendars that maintenance almost
            // (or wholly) covers. Where it provably covers every working instant of a tier's clock, validation refuses the
            // policy (README, validation rules), rightly: every ticket of that tier would fail. Such a refusal is the rule
            // working, not a rule the generator misses, so it counts with the valid documents towards the generator's aim.
            var findings = (validate.Out + validate.Error).Split('\n').Select(l => l.TrimEnd()).Where(l => l.EndsWith(']')).ToList();
            if (findings.Count > 0 && findings.All(l => l.EndsWith("[NoWorkingTime]", StringComparison.Ordinal) && l.Contains("no working time at any instant", StringComparison.Ordinal)))
            {
                Interlocked.Increment(ref valid);
            }

            return;
        }

        Interlocked.Increment(ref valid);
        var histories = Encoding.UTF8.GetBytes(input.Histories);

        var one = Batch(histories, "evaluate", "--policy", policyFile, "--input", "-", "--parallel", "1");
        var two = CliRunner.RunWithInput(histories, "evaluate", "--policy", policyFile, "--input", "-", "--parallel", "2");
        two.ExitCode.Should().Be(one.ExitCode, "--parallel 2 ends as --parallel 1 does");
        two.Out.Should().Be(one.Out, "--parallel 2 writes what --parallel 1 writes, byte for byte");
        two.Error.Should().Be(one.Error, "--parallel 2 reports what --parallel 1 reports");

        var noAudit = Batch(histories, "evaluate", "--policy", policyFile, "--input", "-", "--audit", "false", "--parallel", "1");
        var noAuditTwo = CliRunner.RunWithInput(histories, "evaluate", "--policy", policyFile, "--input", "-", "--audit", "false", "--parallel", "2");
        noAuditTwo.Out.Should().Be(noAudit.Out, "--parallel 2 writes what --parallel 1 writes, byte for byte (--audit false)");
        noAudit.ExitCode.Should().Be(one.ExitCode, "the audit changes what a line says, not whether it failed");

        Batch(Encoding.UTF8.GetBytes(input.DueLines), "due", "--policy", policyFile, "--input", "-");

        var (baseline, whatIf) = input.PolicyIsWhatIf ? (builtIn, policyFile) : (policyFile, builtIn);
        var format = input.ReportFormat == "html" && !input.Html ? "json" : input.ReportFormat;
        var report = CliRunner.RunWithInput(histories, "report", "--policy", baseline, "--compare-policy", whatIf, "--input", "-", "--as-of", AsOf, "--format", format);
        Ended(report, "report", 0, 3);
        report.Out.Should().NotBeEmpty("a report is written");
        if (format == "json")
        {
            _ = JsonNode.Parse(report.Out);
        }

        foreach (var severity in new[] { "1", "2" })
        {
            var single = CliRunner.Run("due", "--policy", policyFile, "--severity", severity, "--reported-at", input.DueReportedAt, "--pause", input.DuePause, "--format", "json");
            Ended(single, "due", 0, 2);
            var status = CliRunner.Run("status", "--policy", policyFile, "--severity", severity, "--reported-at", input.DueReportedAt, "--at", AsOf);
            Ended(status, "status", 0, 2);
        }

        var ics = CliRunner.Run("maintenance", "--policy", policyFile, "--from", "2026-03-01", "--to", "2026-12-01", "--format", "ics");
        Ended(ics, "maintenance", 0);
    }

    /// <summary>A batch ends with 0 or 3, and each output line is a JSON object; an error line's error says something.</summary>
    private static CliRunner.Result Batch(byte[] input, params string[] args)
    {
        var result = CliRunner.RunWithInput(input, args);
        Ended(result, args[0], 0, 3);
        foreach (var line in result.OutLines.Where(l => l.Length > 0))
        {
            var node = JsonNode.Parse(line)!.AsObject();
            if (node["error"] is { } error)
            {
                var text = error.GetValue<string>();
                text.Should().NotBeNullOrWhiteSpace($"an error line says what is wrong: {line}");
                Clear(text, line);
            }
        }

        return result;
    }

    private static void Ended(CliRunner.Result result, string command, params int[] codes)
    {
        // Exit 2 for a ticket the clock cannot answer (a calendar with no working time left); 1 and 4 cannot happen with a valid policy and readable input.
        result.ExitCode.Should().BeOneOf(codes, $"{command} ends with a documented code (5 is a bug); stderr: {Cut(result.Error)}");
        if (result.ExitCode != 0)
        {
            result.Error.Should().NotBeNullOrWhiteSpace($"{command} says why it did not succeed");
            Clear(result.Error, command);
        }
    }

    private static void Clear(string text, string where)
    {
        text.Should().NotContain("   at ", $"an error is a sentence, not a stack trace ({where})");
        text.Should().NotContain("Exception", $"an error is a sentence, not an exception's name ({where})");
    }

    private static string Cut(string text) => text.Length > 2000 ? text[..2000] + "…" : text;

    private static JsonObject Policy(Random rng, out int tiers)
    {
        var calendars = new List<string> { "c1", "c2" };
        var intersection = rng.Next(10) < 3;
        if (intersection)
        {
            calendars.Add("both");
        }

        tiers = rng.Next(1, 4);
        var tierArray = new JsonArray();
        for (var i = 0; i < tiers; i++)
        {
            tierArray.Add(new JsonObject
            {
                ["severity"] = new JsonObject { ["rank"] = i + 1, ["name"] = $"L{i + 1}" },
                ["responseGoal"] = Goal(rng, calendars),
                ["resolutionProcess"] = Steps(rng),
            });
        }

        var satisfiedBy = Pick(rng, ["engineerAssigned", "firstResponse", "statusUpdate"], rng.Next(1, 3));
        var thresholds = Pick(rng, [1, 10, 50, 75, 90, 99], rng.Next(0, 5)).Order();
        var document = new JsonObject
        {
            ["schemaVersion"] = 2,
            ["name"] = "Fuzz",
            ["supportZone"] = One(rng, Zones),
            ["responseSatisfiedBy"] = new JsonArray([.. satisfiedBy.Select(s => (JsonNode)s)]),
            ["clockStopsDuringMaintenance"] = rng.Next(2) == 0,
            ["stepClock"] = rng.Next(2) == 0 ? "responseGoal" : "aroundTheClock",
            ["warningThresholds"] = new JsonArray([.. thresholds.Select(t => (JsonNode)t)]),
            ["tiers"] = tierArray,
            ["calendars"] = new JsonArray(Calendar(rng, "c1"), Calendar(rng, "c2")),
        };
        if (intersection)
        {
            document["calendarIntersections"] = new JsonArray(new JsonObject { ["name"] = "both", ["calendars"] = new JsonArray("c1", "c2") });
        }

        if (rng.Next(10) < 8)
        {
            document["maintenance"] = Maintenance(rng);
        }

        return document;
    }

    private static JsonObject Goal(Random rng, List<string> calendars)
    {
        var goal = rng.Next(20) switch
        {
            < 6 => new JsonObject { ["kind"] = "elapsed", ["duration"] = Duration(rng, 200) },
            < 9 => new JsonObject { ["kind"] = "calendarDays", ["days"] = rng.Next(0, 11) },
            < 16 => new JsonObject { ["kind"] = "businessTime", ["workingTime"] = Duration(rng, 60), ["calendarName"] = One(rng, calendars) },
            _ => new JsonObject { ["kind"] = "businessDays", ["days"] = rng.Next(0, 6), ["calendarName"] = One(rng, calendars) },
        };
        if (rng.Next(10) < 3)
        {
            goal["clockStopsDuringMaintenance"] = rng.Next(2) == 0;
        }

        return goal;
    }

    /// <summary>Steps in the SLA's order; the problem ticket before assigning, updating or fixing; users notified only with a fix.</summary>
    private static JsonArray Steps(Random rng)
    {
        string[] kinds = ["problemTicket", "engineerAssignment", "periodicUpdates", "fixInitiation", "userNotification", "nextReleaseEffort"];
        var chosen = kinds.Where(_ => rng.Next(10) < 6).ToList();
        if (chosen.Contains("userNotification") && !chosen.Contains("fixInitiation"))
        {
            chosen.Insert(chosen.IndexOf("userNotification"), "fixInitiation");
        }

        if (chosen.Any(k => kinds[1..5].Contains(k)) && !chosen.Contains("problemTicket"))
        {
            chosen.Insert(0, "problemTicket");
        }

        if (chosen.Count == 0)
        {
            chosen.Add("nextReleaseEffort");
        }

        var steps = new JsonArray();
        foreach (var kind in chosen)
        {
            JsonObject deadline;
            string satisfiedBy;
            var d = rng.Next(10);
            if (kind == "periodicUpdates")
            {
                deadline = new JsonObject
                {
                    ["kind"] = "recurring",
                    ["anchor"] = One(rng, ["reported", "engineerAssigned", "fixStarted"]),
                    ["length"] = One(rng, ["0:30:00", "2:00:00", "4:00:00", "24:00:00"]),
                };
                satisfiedBy = "statusUpdate";
            }
            else if (d < 3)
            {
                deadline = new JsonObject
                {
                    ["kind"] = "within",
                    ["anchor"] = One(rng, ["reported", "engineerAssigned", "fixApplied"]),
                    ["length"] = One(rng, ["0:15:00", "1:00:00", "8:00:00", "48:00:00"]),
                };
                satisfiedBy = Events[rng.Next(9)];
            }
            else if (d < 5)
            {
                deadline = new JsonObject { ["kind"] = "withResponseGoal" };
                satisfiedBy = Events[rng.Next(9)];
            }
            else if (d < 8)
            {
                deadline = new JsonObject { ["kind"] = "afterEvent", ["anchor"] = One(rng, ["fixApplied", "resolved", "fixStarted"]) };
                satisfiedBy = Events[rng.Next(9)];
            }
            else
            {
                deadline = new JsonObject { ["kind"] = "bestEffort" };
                satisfiedBy = "releasedInMajorVersion";
            }

            steps.Add(new JsonObject { ["kind"] = kind, ["satisfiedBy"] = new JsonArray(satisfiedBy), ["deadline"] = deadline });
        }

        return steps;
    }

    private static JsonObject Calendar(Random rng, string name)
    {
        var calendar = new JsonObject { ["name"] = name, ["zone"] = One(rng, Zones), ["windows"] = Windows(rng) };
        var holidays = new JsonArray();
        for (var i = rng.Next(0, 6); i > 0; i--)
        {
            holidays.Add(rng.Next(20) switch
            {
                < 5 => new JsonObject { ["name"] = "H", ["date"] = AnyDate(rng) },
                < 8 => new JsonObject { ["name"] = "A", ["annualDate"] = One(rng, ["12-25", "02-29", "01-01", "03-08", "11-01"]) },
                < 13 => new JsonObject { ["name"] = "C", ["date"] = AnyDate(rng), ["closedFrom"] = Time(rng).Replace("24:00", "23:00", StringComparison.Ordinal), ["closedUntil"] = Time(rng) },
                < 15 => new JsonObject
                {
                    ["name"] = "N",
                    ["rule"] = new JsonObject { ["kind"] = "nthWeekday", ["month"] = rng.Next(1, 13), ["dayOfWeek"] = One(rng, Days), ["week"] = One(rng, [1, 2, 3, 4, 5, -1]) },
                },
                < 17 => new JsonObject { ["name"] = "F", ["rule"] = new JsonObject { ["kind"] = "fixedDate", ["date"] = One(rng, ["07-04", "12-25", "02-29", "03-08"]) } },
                _ => new JsonObject { ["name"] = "E", ["rule"] = new JsonObject { ["kind"] = "easter", ["offsetDays"] = rng.Next(-200, 201) } },
            });
        }

        if (holidays.Count > 0)
        {
            calendar["holidays"] = holidays;
        }

        if (rng.Next(10) < 3)
        {
            var dates = Enumerable.Range(0, rng.Next(1, 4)).Select(_ => AnyDate(rng)).Distinct();
            calendar["extraWorkingDays"] = new JsonArray([.. dates.Select(d => (JsonNode)new JsonObject
            {
                ["date"] = d,
                ["hours"] = new JsonArray(new JsonObject { ["start"] = Time(rng), ["end"] = Time(rng) }),
            })]);
        }

        if (rng.Next(10) < 3)
        {
            var schedule = new JsonObject { ["effectiveFrom"] = AnyDate(rng), ["windows"] = Windows(rng) };
            if (rng.Next(2) == 0)
            {
                schedule["effectiveUntil"] = "2029-01-01";
            }

            calendar["schedules"] = new JsonArray(schedule);
        }

        return calendar;
    }

    private static JsonArray Windows(Random rng) =>
        new([.. Enumerable.Range(0, rng.Next(1, 9)).Select(_ => (JsonNode)new JsonObject
        {
            ["day"] = One(rng, Days),
            ["start"] = Time(rng).Replace("24:00", "00:00", StringComparison.Ordinal),
            ["end"] = Time(rng),
        })]);

    private static JsonObject Maintenance(Random rng)
    {
        var recurrences = new JsonArray();
        for (var i = 0; i < rng.Next(0, 4); i++)
        {
            var recurrence = new JsonObject
            {
                ["id"] = $"r{i}",
                ["title"] = "R",
                ["pattern"] = rng.Next(2) == 0 ? "weekly" : "monthlyNthWeekday",
                ["dayOfWeek"] = One(rng, Days),
                ["startTime"] = Time(rng).Replace("24:00", "23:00", StringComparison.Ordinal),
                ["length"] = One(rng, ["2:00:00", "0:30:00", "30:00:00", "167:00:00", "1:00:00"]),
            };
            if ((string)recurrence["pattern"]! == "monthlyNthWeekday")
            {
                recurrence["weekOfMonth"] = One(rng, [1, 2, 3, 4, 5, -1]);
            }

            recurrences.Add(recurrence);
        }

        var maintenance = new JsonObject { ["zone"] = One(rng, Zones), ["recurrences"] = recurrences };
        if (rng.Next(2) == 0)
        {
            maintenance["oneOffs"] = new JsonArray(new JsonObject
            {
                ["id"] = "o1",
                ["title"] = "O",
                ["kind"] = rng.Next(2) == 0 ? "planned" : "emergency",
                ["start"] = AnyDate(rng) + "T" + One(rng, ["02:30:00", "01:30:00", "21:00:00"]),
                ["length"] = One(rng, ["3:00:00", "48:00:00"]),
            });
        }

        return maintenance;
    }

    /// <summary>A consistent history: paused only when running, resumed only when paused, reopened only when resolved; events shuffled.</summary>
    private static string History(Random rng, int id, int tiers)
    {
        var start = rng.Next(10) < 4 ? DstMinutes[rng.Next(DstMinutes.Length)] + rng.Next(-600, 601) : rng.Next(0, 400 * 1440);
        var events = new List<JsonNode>();
        var at = start;
        var paused = false;
        var resolved = false;
        for (var i = rng.Next(0, 15); i > 0; i--)
        {
            at += One(rng, [0, 1, 5, 30, 60, 120, 600, 1440, 3000]);
            var choices = Events.Where(e => !(e == "resumed" && !paused) && !(e == "paused" && paused) && !(e == "resolved" && resolved) && !(e == "reopened" && !resolved)).ToArray();
            var type = One(rng, choices);
            var e = new JsonObject { ["type"] = type, ["at"] = Instant(at) };
            paused = type switch { "paused" => true, "resumed" => false, _ => paused };
            resolved = type switch { "resolved" => true, "reopened" => false, _ => resolved };
            if (type == "severityChanged")
            {
                e["severity"] = rng.Next(1, tiers + 1);
            }
            else if (type == "paused" && rng.Next(2) == 0)
            {
                e["reason"] = "waiting";
            }

            events.Add(e);
        }

        var line = new JsonObject
        {
            ["id"] = id,
            ["severity"] = rng.Next(1, tiers + 1),
            ["reportedAt"] = Instant(start),
            ["events"] = new JsonArray([.. events.OrderBy(_ => rng.Next())]),
        };
        if (rng.Next(10) < 8)
        {
            line["now"] = Instant(at + One(rng, [0, 60, 6000, 60000]));
        }

        return line.ToJsonString();
    }

    private static string DueLine(Random rng, int id, int tiers)
    {
        var start = rng.Next(0, 400 * 1440);
        var pauses = new JsonArray();
        var at = start;
        for (var i = rng.Next(0, 5); i > 0; i--)
        {
            var from = at + One(rng, [0, 30, 600, 3000]);
            var until = from + One(rng, [0, 1, 60, 3000]);
            pauses.Add(rng.Next(10) == 0 ? new JsonObject { ["start"] = Instant(from) } : new JsonObject { ["start"] = Instant(from), ["end"] = Instant(until) });
            at = until;
        }

        return new JsonObject { ["id"] = id, ["severity"] = rng.Next(1, tiers + 1), ["reportedAt"] = Instant(start), ["pauses"] = pauses }.ToJsonString();
    }

    private static string Duration(Random rng, int maxHours) => rng.Next(10) switch
    {
        0 => "0:00:00",
        1 => string.Create(CultureInfo.InvariantCulture, $"0:{rng.Next(1, 60):00}:00"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{rng.Next(0, maxHours + 1)}:{(rng.Next(2) == 0 ? "00" : "30")}:00"),
    };

    private static string Time(Random rng) => rng.Next(2) == 0
        ? One(rng, Times)
        : string.Create(CultureInfo.InvariantCulture, $"{rng.Next(0, 24):00}:{rng.Next(0, 4) * 15:00}");

    private static string AnyDate(Random rng) => rng.Next(2) == 0
        ? One(rng, DstDates)
        : string.Create(CultureInfo.InvariantCulture, $"20{rng.Next(25, 29)}-{rng.Next(1, 13):00}-{rng.Next(1, 29):00}");

    /// <summary>Minutes after 2026-01-01T00:00Z as an ISO instant.</summary>
    private static string Instant(int minutes) =>
        new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(minutes).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static T One<T>(Random rng, IReadOnlyList<T> items) => items[rng.Next(items.Count)];

    private static IEnumerable<T> Pick<T>(Random rng, T[] items, int count) => items.OrderBy(_ => rng.Next()).Take(count).ToList();
}
