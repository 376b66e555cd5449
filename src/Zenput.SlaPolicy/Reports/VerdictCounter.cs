using Zenput.Sla.Evaluation;

namespace Zenput.Sla.Reports;

/// <summary>The mutable twin of <see cref="VerdictCounts"/>, counted in place by the aggregator.</summary>
internal struct VerdictCounter
{
    public long Met;
    public long Breached;
    public long Pending;

    public void Add(EvaluationStatus status)
    {
        switch (status)
        {
            case EvaluationStatus.Met:
                Met++;
                break;
            case EvaluationStatus.Breached:
                Breached++;
                break;
            default:
                Pending++;
                break;
        }
    }

    public void Add(VerdictCounter other)
    {
        Met += other.Met;
        Breached += other.Breached;
        Pending += other.Pending;
    }

    public readonly VerdictCounts ToCounts() => new(Met, Breached, Pending);
}
