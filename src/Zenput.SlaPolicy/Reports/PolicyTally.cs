using System;
using System.Collections.Generic;
using System.Linq;
using Zenput.Sla.Evaluation;

namespace Zenput.Sla.Reports;

/// <summary>The running figures of every severity of one policy, and its most overdue tickets.</summary>
internal sealed class PolicyTally
{
    private readonly GroupTally[] _groups;
    private readonly SupportZoneClock _zone;
    private readonly MaintenanceLookup _maintenance;
    private readonly SmallestList<OverdueTicket> _worst;
    private int _lastTier;

    public PolicyTally(TicketEvaluator evaluator, ComplianceReportOptions options)
    {
        Evaluator = evaluator;
        Policy = evaluator.Policy;
        _groups = new GroupTally[Policy.Tiers.Count];
        for (var i = 0; i < _groups.Length; i++)
        {
            _groups[i] = new GroupTally();
        }

        _zone = new SupportZoneClock(Policy.SupportZone);
        _maintenance = new MaintenanceLookup(Policy.Maintenance);
        _worst = new SmallestList<OverdueTicket>(options.WorstTickets, ReportOrder.Worst);
    }

    public TicketEvaluator Evaluator { get; }

    public SlaPolicy Policy { get; }

    public long Tickets { get; private set; }

    public IReadOnlyList<OverdueTicket> Worst => _worst.Items;

    /// <summary>Counts <paramref name="evaluation"/>, which must have been made under this policy.</summary>
    /// <exception cref="ArgumentException">The evaluation's tier is not one of this policy's.</exception>
    public void Add(TicketEvaluation evaluation, string parameterName)
    {
        var tier = TierIndex(evaluation.Tier, parameterName);
        var reportedAt = evaluation.Timeline.ReportedAt;
        _zone.Local(reportedAt, out var day, out var hour);
        _groups[tier].Add(evaluation, day, hour, _maintenance.IsUnderMaintenance(reportedAt));
        Tickets++;

        var response = evaluation.Response;
        var overdue = response.Overdue;
        if (overdue > NodaTime.Duration.Zero)
        {
            // With room for none (--worst 0) there is no last item to compare with (found by CliArgumentFuzzTests).
            if (_worst.Capacity > 0 && (_worst.Items.Count < _worst.Capacity || overdue >= _worst.Items[^1].Overdue))
            {
                _worst.Add(new OverdueTicket(evaluation.Timeline.Id, evaluation.Tier.Severity, reportedAt, response.DueAt, response.MetAt, evaluation.Status, overdue) { IdIsNumber = evaluation.Timeline.IdIsNumber });
            }
        }
    }

    public void Merge(PolicyTally other)
    {
        for (var i = 0; i < _groups.Length; i++)
        {
            _groups[i].Merge(other._groups[i]);
        }

        _worst.Merge(other._worst);
        Tickets += other.Tickets;
    }

    public IReadOnlyList<ComplianceFigures> BySeverity() =>
        Policy.Tiers.Select((tier, i) => new ComplianceFigures(tier, _groups[i], tier.ResolutionProcess.Select(s => s.Kind).Distinct())).ToArray();

    public ComplianceFigures Overall()
    {
        var all = new GroupTally();
        foreach (var group in _groups)
        {
            all.Merge(group);
        }

        return new ComplianceFigures(null, all, Policy.Tiers.SelectMany(t => t.ResolutionProcess).Select(s => s.Kind).Distinct());
    }

    private int TierIndex(SeverityTier tier, string parameterName)
    {
        if (ReferenceEquals(Policy.Tiers[_lastTier], tier))
        {
            return _lastTier;
        }

        if (Policy.IndexOfTier(tier) is var i and >= 0)
        {
            _lastTier = i;
            return i;
        }

        throw new ArgumentException($"The ticket was evaluated under a policy other than '{Policy.Name}' (its severity '{tier.Severity.DisplayName}' is not one of this policy's).", parameterName);
    }
}
