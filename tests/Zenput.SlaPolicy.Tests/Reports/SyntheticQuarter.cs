using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using NodaTime;
using Zenput.Sla.Evaluation;

namespace Zenput.Sla.Tests.Reports;

/// <summary>
/// A made-up quarter of Zenput support tickets (Q3 2026, Pacific time), deterministic from a seed: the data of
/// the ComplianceReport sample (<c>samples/Zenput.SlaPolicy.ComplianceReport/tickets.jsonl</c>, kept equal to
/// this by a test) and of the README's screenshot. Busier and slower outside office hours, with the odd
/// missed update, pause, severity change, still-open ticket, and two lines that cannot be counted.
/// </summary>
internal static class SyntheticQuarter
{
    public const int Tickets = 600;

    /// <summary>Thursday 2026-10-01 00:00 PT: the end of the quarter.</summary>
    public static readonly Instant AsOf = Instant.FromUtc(2026, 10, 1, 7, 0);

    private static readonly DateTimeZone Pacific = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];

    public static string JsonLines()
    {
        var text = new StringBuilder();
        foreach (var line in Lines())
        {
            text.Append(line).Append('\n');
        }

        return text.ToString();
    }

    private static IEnumerable<string> Lines()
    {
        var random = new Random(2026);
        var start = new LocalDate(2026, 7, 1);
        var tickets = new List<TicketTimeline>();
        for (var n = 0; n < Tickets; n++)
        {
            var day = start.PlusDays(random.Next(0, 92));
            var officeHours = day.DayOfWeek <= IsoDayOfWeek.Friday && random.NextDouble() < 0.75;
            var minute = officeHours ? random.Next(8 * 60, 18 * 60) : random.Next(0, 24 * 60);
            var reported = Pacific.AtLeniently(day.At(new LocalTime(minute / 60, minute % 60))).ToInstant() + Duration.FromSeconds(random.Next(0, 60));
            var roll = random.NextDouble();
            var severity = roll < 0.15 ? "critical" : roll < 0.5 ? "major" : "minor";
            tickets.Add(Ticket($"ZEN-{10_001 + n}", severity, reported, officeHours, random));
        }

        foreach (var ticket in tickets.OrderBy(t => t.ReportedAt))
        {
            yield return TicketLines.Of(ticket);
        }

        yield return """{"id":"ZEN-BAD-1","severity":"blocker","reportedAt":"2026-08-12T10:00:00-07:00"}""";
        yield return """{"id":"ZEN-BAD-2","severity":"minor","reportedAt":"2026-09-02T09:00:00-07:00","events":[{"type":"resumed","at":"2026-09-02T09:30:00-07:00"}]}""";
    }

    private static TicketTimeline Ticket(string id, string severity, Instant reported, bool officeHours, Random random)
    {
        var (goal, cadence) = severity switch
        {
            "critical" => (Duration.FromHours(2), Duration.FromHours(2)),
            "major" => (Duration.FromHours(4), Duration.FromHours(4)),
            _ => (Duration.FromDays(3), (Duration?)null),
        };

        // Time to respond: mostly well inside the goal, slower out of hours, now and then far too slow.
        var share = random.NextDouble() * (officeHours ? 0.8 : 1.1) + (random.NextDouble() < 0.08 ? 0.6 : 0);
        var response = reported + Duration.FromSeconds((long)(goal.TotalSeconds * share) + random.Next(60, 600));
        var events = new List<TicketEvent>
        {
            new(TicketEventKind.TicketCreated, reported + Duration.FromMinutes(random.NextDouble() < 0.95 ? random.Next(1, 14) : random.Next(16, 40))),
            new(random.Next(2) == 0 ? TicketEventKind.EngineerAssigned : TicketEventKind.FirstResponse, response),
        };

        if (severity == "minor" && random.NextDouble() < 0.2)
        {
            // Waiting on the customer before the first response.
            var pause = reported + Duration.FromMinutes(random.Next(10, 60));
            if (pause < response)
            {
                events.Add(TicketEvent.Paused(pause, "waiting on customer"));
                events.Add(TicketEvent.Resumed(pause + Duration.FromHours(random.Next(1, 30))));
                events[1] = new TicketEvent(events[1].Kind, events[1].At + Duration.FromHours(random.Next(1, 30)));
            }
        }

        var open = reported > AsOf - Duration.FromDays(2) && random.NextDouble() < 0.6;
        var fixStarted = response + Duration.FromMinutes(random.Next(5, 60));
        var fixApplied = fixStarted + Duration.FromMinutes(random.Next(30, severity == "minor" ? 6000 : 600));
        if (severity != "minor")
        {
            if (events.All(e => e.Kind != TicketEventKind.EngineerAssigned))
            {
                events.Add(new TicketEvent(TicketEventKind.EngineerAssigned, response + Duration.FromMinutes(random.Next(0, 30))));
            }

            events.Add(new TicketEvent(TicketEventKind.FixStarted, fixStarted));
            for (var update = reported + (cadence!.Value * (0.6 + (random.NextDouble() * 0.35))); update < fixApplied && update < AsOf; update += cadence.Value * (0.6 + (random.NextDouble() * (random.NextDouble() < 0.1 ? 1.2 : 0.35))))
            {
                events.Add(new TicketEvent(TicketEventKind.StatusUpdate, update));
            }
        }

        if (!open && fixApplied < AsOf)
        {
            events.Add(new TicketEvent(TicketEventKind.FixApplied, fixApplied));
            if (severity == "critical")
            {
                events.Add(new TicketEvent(TicketEventKind.UsersNotified, fixApplied + Duration.FromMinutes(random.Next(2, 30))));
            }

            events.Add(new TicketEvent(TicketEventKind.Resolved, fixApplied + Duration.FromMinutes(random.Next(30, 90))));
        }

        if (severity == "major" && random.NextDouble() < 0.04)
        {
            events.Add(TicketEvent.SeverityChanged(reported + Duration.FromMinutes(random.Next(5, 30)), "critical"));
        }

        return new TicketTimeline(reported, severity, events.Where(e => e.At < AsOf)) { Id = id };
    }
}
