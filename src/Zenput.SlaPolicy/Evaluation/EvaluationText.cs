namespace Zenput.Sla.Evaluation;

/// <summary>Words for statuses, as in JSON and the audit trail.</summary>
internal static class EvaluationText
{
    public static string Status(EvaluationStatus status) => status switch
    {
        EvaluationStatus.Met => "met",
        EvaluationStatus.Breached => "breached",
        _ => "pending",
    };
}
