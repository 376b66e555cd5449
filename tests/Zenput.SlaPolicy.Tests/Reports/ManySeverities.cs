using System.Linq;
using NodaTime;

namespace Zenput.Sla.Tests.Reports;

/// <summary>Valid policies of many severities, as a generated policy document can define: rank r is named <c>Level{r}</c>.</summary>
internal static class ManySeverities
{
    /// <summary>A policy of <paramref name="count"/> severities, each with a response goal of <paramref name="goal"/> (4 hours by default) and the built-in Level 2's resolution process.</summary>
    public static SlaPolicy Policy(int count, Duration? goal = null, string name = "Many severities")
    {
        var process = ZenputSla.Default.GetTier(2).ResolutionProcess;
        var target = GoalTarget.Elapsed(goal ?? Duration.FromHours(4));
        return Enumerable.Range(1, count)
            .Aggregate(new SlaPolicyBuilder(name), (builder, rank) => builder.AddTier(new SeverityLevel(rank, $"Level{rank}", "Generated.", [], []), target, process))
            .Build();
    }
}
