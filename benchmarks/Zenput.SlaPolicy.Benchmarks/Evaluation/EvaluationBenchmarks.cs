using BenchmarkDotNet.Attributes;
using NodaTime;
using Zenput.Sla.Benchmarks.Clock;
using Zenput.Sla.Clock;
using Zenput.Sla.Evaluation;

namespace Zenput.Sla.Benchmarks.Evaluation;

/// <summary>
/// Evaluating one typical ticket on the built-in policy: a Level 1 ticket with ten events (created,
/// assigned, a pause, two updates, fix started and applied, users notified, resolved), evaluated the
/// morning after. The baseline is the due-time computation alone (<see cref="SlaClock.DueAt(Instant, GoalTarget, System.ReadOnlySpan{Interval})"/>
/// with the same pause), measured in the same run.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(BytesConfig))]
public class EvaluationBenchmarks
{
    private static readonly Instant Reported = Instant.FromUtc(2026, 11, 25, 5, 30);

    private readonly TicketEvaluator _evaluator = new(ZenputSla.Default);
    private readonly SlaClock _clock = new(ZenputSla.Default);
    private readonly GoalTarget _goal = ZenputSla.Default.GetTier(1).ResponseGoal;
    private readonly Interval[] _pauses = [new(Reported + Duration.FromMinutes(40), Reported + Duration.FromMinutes(80))];
    private readonly TicketEvent[] _events = TypicalEvents();
    private TicketTimeline _timeline = null!;
    private Instant _now;

    /// <summary>The ten events of the typical ticket, given in time order.</summary>
    public static TicketEvent[] TypicalEvents() =>
    [
        new(TicketEventKind.TicketCreated, Reported + Duration.FromMinutes(5)),
        new(TicketEventKind.EngineerAssigned, Reported + Duration.FromMinutes(25)),
        TicketEvent.Paused(Reported + Duration.FromMinutes(40), "waiting on customer"),
        TicketEvent.Resumed(Reported + Duration.FromMinutes(80)),
        new(TicketEventKind.StatusUpdate, Reported + Duration.FromMinutes(100)),
        new(TicketEventKind.FixStarted, Reported + Duration.FromMinutes(110)),
        new(TicketEventKind.StatusUpdate, Reported + Duration.FromMinutes(200)),
        new(TicketEventKind.FixApplied, Reported + Duration.FromMinutes(260)),
        new(TicketEventKind.UsersNotified, Reported + Duration.FromMinutes(270)),
        new(TicketEventKind.Resolved, Reported + Duration.FromMinutes(300)),
    ];

    [GlobalSetup]
    public void Setup()
    {
        _timeline = new TicketTimeline(Reported, "critical", _events);
        _now = Reported + Duration.FromHours(12);
        var result = _evaluator.Evaluate(_timeline, _now);
        if (result.Status != EvaluationStatus.Met || result.Response.DueAt != DueAlone())
        {
            throw new System.InvalidOperationException($"The typical ticket should be met and due when the clock says: {result}, due {result.Response.DueAt}.");
        }
    }

    [Benchmark(Baseline = true, Description = "DueAt alone (baseline)")]
    public Instant DueAlone() => _clock.DueAt(Reported, _goal, _pauses);

    [Benchmark(Description = "Evaluate, ten events")]
    public EvaluationStatus Evaluate() => _evaluator.Evaluate(_timeline, _now).Status;

    [Benchmark(Description = "Timeline + Evaluate, ten events")]
    public EvaluationStatus TimelineAndEvaluate() => _evaluator.Evaluate(new TicketTimeline(Reported, "critical", _events), _now).Status;

    [Benchmark(Description = "Evaluate + audit trail")]
    public int EvaluateWithAudit() => _evaluator.Evaluate(_timeline, _now).Audit.Count;
}
