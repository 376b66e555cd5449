using System.Collections.Generic;
using System.Runtime.InteropServices;
using Zenput.Sla.Evaluation;

namespace Zenput.Sla.Reports;

/// <summary>
/// The running figures of one group of tickets (one severity): counters, two exact response-time
/// histograms, the weekly series and the weekday × hour map. Memory is fixed but for the histograms
/// (one entry per distinct second) and the weeks (one entry per ISO week with a ticket).
/// </summary>
internal sealed class GroupTally
{
    internal const int StepKinds = (int)ResolutionStepKind.NextReleaseEffort + 1;
    internal const int Cells = 7 * 24;

    private VerdictCounter _all;
    private VerdictCounter _duringMaintenance;
    private long _responseBreaches;
    private long _missedUpdates;
    private long _ticketsWithMissedUpdates;
    private long _lastWeek = long.MinValue;
    private int _lastWeekIndex;

    public long[] StepBreaches { get; } = new long[StepKinds];

    public VerdictCounter[] ByWeekdayHour { get; } = new VerdictCounter[Cells];

    /// <summary>Gets the weekly verdicts, keyed by the day number of each week's Monday; the values index <see cref="WeekCounts"/>.</summary>
    public Dictionary<long, int> Weeks { get; } = [];

    public List<VerdictCounter> WeekCounts { get; } = [];

    public SecondsHistogram WallTime { get; } = new();

    public SecondsHistogram SlaTime { get; } = new();

    public VerdictCounter All => _all;

    public VerdictCounter DuringMaintenance => _duringMaintenance;

    public long ResponseBreaches => _responseBreaches;

    public long MissedUpdates => _missedUpdates;

    public long TicketsWithMissedUpdates => _ticketsWithMissedUpdates;

    public void Add(TicketEvaluation evaluation, long day, int hour, bool duringMaintenance)
    {
        var status = evaluation.Status;
        _all.Add(status);
        if (duringMaintenance)
        {
            _duringMaintenance.Add(status);
        }

        var response = evaluation.Response;
        if (response.MetAt is { } metAt)
        {
            WallTime.Add(metAt - evaluation.Timeline.ReportedAt);
            SlaTime.Add(response.Elapsed);
        }

        if (response.Status == EvaluationStatus.Breached)
        {
            _responseBreaches++;
        }

        if (status == EvaluationStatus.Breached)
        {
            foreach (var step in evaluation.Steps)
            {
                if (step.Status == EvaluationStatus.Breached)
                {
                    StepBreaches[(int)step.Kind]++;
                }
            }
        }

        if (evaluation.PeriodicUpdates is { Missed: > 0 } updates)
        {
            _missedUpdates += updates.Missed;
            _ticketsWithMissedUpdates++;
        }

        ByWeekdayHour[(((int)SupportZoneClock.Weekday(day) - 1) * 24) + hour].Add(status);
        WeekAt(SupportZoneClock.WeekStart(day)).Add(status);
    }

    public void Merge(GroupTally other)
    {
        _all.Add(other._all);
        _duringMaintenance.Add(other._duringMaintenance);
        _responseBreaches += other._responseBreaches;
        _missedUpdates += other._missedUpdates;
        _ticketsWithMissedUpdates += other._ticketsWithMissedUpdates;
        for (var i = 0; i < StepKinds; i++)
        {
            StepBreaches[i] += other.StepBreaches[i];
        }

        for (var i = 0; i < Cells; i++)
        {
            ByWeekdayHour[i].Add(other.ByWeekdayHour[i]);
        }

        foreach (var (week, index) in other.Weeks)
        {
            WeekAt(week).Add(other.WeekCounts[index]);
        }

        WallTime.Merge(other.WallTime);
        SlaTime.Merge(other.SlaTime);
    }

    private ref VerdictCounter WeekAt(long monday)
    {
        // Histories are mostly in time order: the week of the last ticket is the likeliest.
        if (monday != _lastWeek)
        {
            ref var index = ref CollectionsMarshal.GetValueRefOrAddDefault(Weeks, monday, out var exists);
            if (!exists)
            {
                index = WeekCounts.Count;
                WeekCounts.Add(default);
            }

            _lastWeek = monday;
            _lastWeekIndex = index;
        }

        return ref CollectionsMarshal.AsSpan(WeekCounts)[_lastWeekIndex];
    }
}
