using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using NodaTime;

namespace Zenput.Sla.Reports;

/// <summary>
/// The compliance figures of one group of tickets: one severity, or all of them
/// (<see cref="ComplianceReport.Overall"/>). Every figure is exact.
/// </summary>
/// <remarks>
/// <para>A ticket belongs to the severity its goals are computed under: its current one
/// (<see cref="Evaluation.TicketEvaluation.Tier"/>), after any severity change.</para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class ComplianceFigures
{
    internal ComplianceFigures(SeverityTier? tier, GroupTally tally, IEnumerable<ResolutionStepKind> stepKinds)
    {
        Tier = tier;
        Verdicts = tally.All.ToCounts();
        ReportedDuringMaintenance = tally.DuringMaintenance.ToCounts();
        ReportedOutsideMaintenance = Verdicts - ReportedDuringMaintenance;
        ResponseTime = tally.WallTime.ToDistribution();
        ResponseSlaTime = tally.SlaTime.ToDistribution();
        ResponseBreaches = tally.ResponseBreaches;
        MissedUpdates = tally.MissedUpdates;
        TicketsWithMissedUpdates = tally.TicketsWithMissedUpdates;
        var steps = new SortedDictionary<ResolutionStepKind, long>();
        foreach (var kind in stepKinds)
        {
            steps[kind] = tally.StepBreaches[(int)kind];
        }

        StepBreaches = new ReadOnlyDictionary<ResolutionStepKind, long>(steps);
        Weeks = tally.Weeks
            .OrderBy(w => w.Key)
            .Select(w => new WeeklyFigures(SupportZoneClock.Date(w.Key), tally.WeekCounts[w.Value].ToCounts()))
            .ToArray();
        ByWeekdayHour = new WeekdayHourMap(tally.ByWeekdayHour.Select(c => c.ToCounts()).ToArray());
    }

    /// <summary>Gets the severity tier of the group, or <see langword="null"/> for all tickets.</summary>
    public SeverityTier? Tier { get; }

    /// <summary>Gets the group's severity level, or <see langword="null"/> for all tickets.</summary>
    public SeverityLevel? Severity => Tier?.Severity;

    /// <summary>Gets how many tickets are met, breached and pending, and the met rate.</summary>
    public VerdictCounts Verdicts { get; }

    /// <summary>Gets the wall time from report to response (<c>metAt − reportedAt</c>) of every ticket whose response goal was met, on time or late.</summary>
    public DurationDistribution ResponseTime { get; }

    /// <summary>Gets the SLA time from report to response (the clock's elapsed time: pauses, and maintenance where the policy says so, do not count) of the same tickets.</summary>
    public DurationDistribution ResponseSlaTime { get; }

    /// <summary>Gets how many tickets breached the response goal (late, or not met and past due).</summary>
    public long ResponseBreaches { get; }

    /// <summary>Gets the periodic-update deadlines missed, over all tickets.</summary>
    public long MissedUpdates { get; }

    /// <summary>Gets how many tickets missed at least one periodic update.</summary>
    public long TicketsWithMissedUpdates { get; }

    /// <summary>Gets, for each resolution step kind of the group's tiers (in the article's order), how many tickets breached it.</summary>
    public IReadOnlyDictionary<ResolutionStepKind, long> StepBreaches { get; }

    /// <summary>Gets the verdicts of the tickets reported while a maintenance window of the policy was in progress.</summary>
    public VerdictCounts ReportedDuringMaintenance { get; }

    /// <summary>Gets the verdicts of the other tickets.</summary>
    public VerdictCounts ReportedOutsideMaintenance { get; }

    /// <summary>Gets the verdicts by ISO week of the report instant in the support zone, in time order; only weeks with a ticket appear.</summary>
    public IReadOnlyList<WeeklyFigures> Weeks { get; }

    /// <summary>Gets the verdicts by local weekday and hour of the report instant in the support zone.</summary>
    public WeekdayHourMap ByWeekdayHour { get; }

    /// <summary>Gets the response goal's length in SLA time as the policy states it (a calendar-days goal as that many 24-hour days, although a ticket whose days cross a DST change gets an hour more or less), or <see langword="null"/> for all tickets and for a business-days goal, which has no length of its own (each ticket's is the working time from its report to the close of its last working day).</summary>
    public Duration? NominalGoal => Tier?.ResponseGoal switch
    {
        ElapsedGoalTarget elapsed => elapsed.Duration,
        CalendarDaysGoalTarget days => Duration.FromDays(days.Days),
        BusinessTimeGoalTarget business => business.WorkingTime,
        _ => null,
    };

    /// <inheritdoc />
    public override string ToString() =>
        $"{Severity?.DisplayName ?? "All severities"}: {Verdicts.Tickets} tickets, {Verdicts.Met} met, {Verdicts.Breached} breached, {Verdicts.Pending} pending";
}
