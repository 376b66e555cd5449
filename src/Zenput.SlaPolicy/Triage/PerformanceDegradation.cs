namespace Zenput.Sla.Triage;

/// <summary>How much slower the service is for the users concerned, ordered from none to a slowdown.</summary>
public enum PerformanceDegradation
{
    /// <summary>Performance is normal.</summary>
    None = 0,

    /// <summary>Barely noticeable; workflows are not affected (the article's "minimal impact on ... performance").</summary>
    Minimal = 1,

    /// <summary>Slow enough to affect users' workflow (the article's "Server Slowdown").</summary>
    Slowdown = 2,
}
