using System.Globalization;

namespace Zenput.Sla.Triage;

/// <summary>Plain-words labels for the facts of an assessment, as triage reasons show them.</summary>
internal static class TriageText
{
    public static string Percent(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture) + "%";

    public static string Label(ImpactScope scope) => scope switch
    {
        ImpactScope.AllUsers => "all users in the account",
        ImpactScope.CoreComponent => "a core component",
        ImpactScope.ShareOfUsers => "a share of users",
        ImpactScope.SingleUser => "a single user",
        _ => scope.ToString(),
    };

    public static string Label(FunctionLoss loss) => loss switch
    {
        FunctionLoss.None => "none",
        FunctionLoss.Minimal => "minimal",
        FunctionLoss.Partial => "partial",
        FunctionLoss.Complete => "complete",
        _ => loss.ToString(),
    };

    public static string Label(PerformanceDegradation degradation) => degradation switch
    {
        PerformanceDegradation.None => "none",
        PerformanceDegradation.Minimal => "minimal",
        PerformanceDegradation.Slowdown => "a slowdown",
        _ => degradation.ToString(),
    };

    public static string Label(DataImpact impact) => impact switch
    {
        DataImpact.None => "none",
        DataImpact.Isolated => "isolated",
        DataImpact.Widespread => "widespread",
        _ => impact.ToString(),
    };

    public static string Label(WorkaroundStatus workaround) => workaround switch
    {
        WorkaroundStatus.Unknown => "unknown",
        WorkaroundStatus.Available => "available",
        WorkaroundStatus.Unavailable => "none",
        _ => workaround.ToString(),
    };

    public static string Label(IssueCategory category) => category switch
    {
        IssueCategory.General => "general",
        IssueCategory.Training => "training",
        IssueCategory.CustomerDevice => "customer device",
        IssueCategory.PasswordReset => "password reset",
        IssueCategory.AdministratorConfiguration => "administrator configuration",
        _ => category.ToString(),
    };
}
