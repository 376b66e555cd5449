namespace Zenput.Sla;

/// <summary>How the deadline of a resolution step is set.</summary>
public enum StepDeadlineKind
{
    /// <summary>Due a fixed time after an anchor event (Zenput: the problem ticket within 15 minutes of notification).</summary>
    Within = 0,

    /// <summary>Due when the tier's response goal is due.</summary>
    WithResponseGoal = 1,

    /// <summary>Owed repeatedly at a cadence until the ticket is resolved (periodic status updates).</summary>
    Recurring = 2,

    /// <summary>Owed after an anchor event with no time box of its own (user notification once the fix is applied).</summary>
    AfterEvent = 3,

    /// <summary>Commercially reasonable effort with no deadline (next major release).</summary>
    BestEffort = 4,
}
