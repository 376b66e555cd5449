namespace Zenput.Sla.Triage;

/// <summary>The kind of request, where the article names it as an example of a level.</summary>
/// <remarks>The categories the article names are all Level 3 examples; they never lower a severity that the impact itself calls for.</remarks>
public enum IssueCategory
{
    /// <summary>A service issue of no particular kind: the impact alone decides.</summary>
    General = 0,

    /// <summary>A training-related issue or question.</summary>
    Training = 1,

    /// <summary>An issue with the customer's own device.</summary>
    CustomerDevice = 2,

    /// <summary>A password reset.</summary>
    PasswordReset = 3,

    /// <summary>A minor internal configuration that only administrators can change (the article's "Non-urgent Configuration Issues").</summary>
    AdministratorConfiguration = 4,
}
