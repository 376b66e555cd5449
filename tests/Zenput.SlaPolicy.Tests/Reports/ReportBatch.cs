using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Zenput.Sla.Evaluation;
using Zenput.Sla.Tests.Evaluation;

namespace Zenput.Sla.Tests.Reports;

/// <summary>
/// One line of a random report input: an unreadable line (kind 0), an impossible history (kind 1: a
/// resume at the report), a history re-labelled "minor" (kinds 2-6) or a history as drawn; shifted by
/// whole seconds; with an id that repeats now and then, or none; and the part it goes to when the
/// input is split.
/// </summary>
internal sealed record ReportLine(int Kind, HistoryCase History, int ShiftSeconds, int? IdPick, int Part);

/// <summary>
/// A random input of a compliance report (up to 120 lines) with a split into 2-4 parts and an order to
/// merge them in, drawn from FsCheck's combinators so a failure shrinks: fewer lines (halves first,
/// then one at a time), then simpler histories (<see cref="RandomHistory"/>'s shrinker), kinds and shifts.
/// </summary>
internal sealed record ReportBatch(IReadOnlyList<ReportLine> Lines, int PartCount, IReadOnlyList<int> MergeOrder)
{
    private static readonly Arbitrary<HistoryCase> Histories = RandomHistory.Histories(distinctInstants: false);

    private static readonly Gen<ReportLine> Line =
        from kind in Gen.Choose(0, 19)
        from history in Histories.Generator
        from shift in Gen.Choose(0, 59)
        from id in Gen.Frequency((1, Gen.Constant<int?>(null)), (7, Gen.Choose(0, 60).Select(i => (int?)i)))
        from part in Gen.Choose(0, 3)
        select new ReportLine(kind, history, shift, id, part);

    /// <summary>Gets batches that shrink towards fewer and simpler lines.</summary>
    public static Arbitrary<ReportBatch> Arbitrary { get; } = Arb.From(
        from count in Gen.Choose(0, 120)
        from lines in Line.ArrayOf(count)
        from parts in Gen.Choose(2, 4)
        from order in Gen.Choose(0, 1000).ArrayOf(4)
        select new ReportBatch(lines, parts, order),
        Shrink);

    /// <summary>Gets the report's input lines, each evaluated at its own instant (built on each read: shrinking copies batches with 'with').</summary>
    public List<ComplianceProperties.Input> Inputs => [.. Lines.Select((line, i) => Input(line, i + 1))];

    public override string ToString() =>
        $"{Lines.Count} lines in {PartCount} parts merged in order [{string.Join(",", MergeOrder.Take(PartCount))}]:{Environment.NewLine}" +
        string.Join(Environment.NewLine, Lines.Select((line, i) => $"  {i + 1}: kind {line.Kind}, id {Id(line) ?? "none"}, +{line.ShiftSeconds} s, part {line.Part % PartCount}: {Describe(line.History)}"));

    // The timeline only: the history's extras (shuffle keys, pause tries) play no part in a report.
    private static string Describe(HistoryCase history) =>
        $"{history.Timeline.Severity} reported {history.Timeline.ReportedAt}, now {history.Now}, events [{string.Join("; ", history.Timeline.Events)}]";

    private string? Id(ReportLine line) => line.IdPick is { } pick ? $"T-{pick % (Lines.Count / 2 + 1)}" : null;

    private ComplianceProperties.Input Input(ReportLine line, long number)
    {
        if (line.Kind == 0)
        {
            return new ComplianceProperties.Input(number, null, default);
        }

        var (timeline, now) = (line.History.Timeline, line.History.Now);
        var severity = line.Kind < 7 ? "minor" : timeline.Severity;
        var shift = Duration.FromSeconds(line.ShiftSeconds);
        var events = timeline.Events.Select(e => new TicketEvent(e.Kind, e.At + shift, e.Reason, e.Severity)).ToList();
        if (line.Kind == 1)
        {
            events.Add(TicketEvent.Resumed(timeline.ReportedAt));
        }

        // Ids repeat now and then (exports are not always clean), so ties are broken by more than the id.
        return new ComplianceProperties.Input(number, new TicketTimeline(timeline.ReportedAt, severity, events) { Id = Id(line) }, now + shift);
    }

    private static IEnumerable<ReportBatch> Shrink(ReportBatch b)
    {
        var n = b.Lines.Count;
        if (n > 1)
        {
            yield return b with { Lines = [.. b.Lines.Take(n / 2)] };
            yield return b with { Lines = [.. b.Lines.Skip(n / 2)] };
        }

        for (var i = 0; i < n; i++)
        {
            yield return b with { Lines = [.. b.Lines.Where((_, j) => j != i)] };
        }

        if (b.PartCount > 2)
        {
            yield return b with { PartCount = 2 };
        }

        for (var i = 0; i < n; i++)
        {
            var line = b.Lines[i];
            foreach (var simpler in Histories.Shrinker(line.History).Select(h => line with { History = h })
                .Concat(line.Kind > 7 ? [line with { Kind = 7 }] : [])
                .Concat(line.ShiftSeconds > 0 ? [line with { ShiftSeconds = 0 }] : []))
            {
                var lines = b.Lines.ToArray();
                lines[i] = simpler;
                yield return b with { Lines = lines };
            }
        }
    }
}
