namespace Zenput.Sla.Triage;

/// <summary>Whether data gathering or presentation is affected, and how widely.</summary>
public enum DataImpact
{
    /// <summary>No data is missing, wrong or shown wrongly.</summary>
    None = 0,

    /// <summary>A few records, forms or reports are affected.</summary>
    Isolated = 1,

    /// <summary>Data gathering or presentation fails across the account (the article's "Major Data Impact": "widespread issues in data gathering or presentation").</summary>
    Widespread = 2,
}
