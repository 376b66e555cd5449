namespace Zenput.Sla.Evaluation;

/// <summary>Where a goal, a step or a whole ticket stands. In JSON: <c>pending</c>, <c>met</c>, <c>breached</c>.</summary>
public enum EvaluationStatus
{
    /// <summary>Not met yet and not late: its deadline (if it has one) is now or later, or it waits for an event.</summary>
    Pending = 0,

    /// <summary>Met at or before its deadline.</summary>
    Met = 1,

    /// <summary>Met after its deadline, or not met and now past the deadline.</summary>
    Breached = 2,
}
