namespace Zenput.Sla.Triage;

/// <summary>Whether users can get their work done another way while the issue lasts.</summary>
/// <remarks>
/// The article separates Level 1 ("where no workaround exists") from Level 2 ("with a possible
/// workaround") on this point. When it is <see cref="Unknown"/>, the classifier considers both
/// answers and keeps the more severe outcome, and says so in the result.
/// </remarks>
public enum WorkaroundStatus
{
    /// <summary>Not known yet.</summary>
    Unknown = 0,

    /// <summary>A workaround exists.</summary>
    Available = 1,

    /// <summary>No workaround exists.</summary>
    Unavailable = 2,
}
