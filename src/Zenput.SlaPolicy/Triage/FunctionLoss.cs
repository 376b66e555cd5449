namespace Zenput.Sla.Triage;

/// <summary>How much of the affected function no longer works, ordered from no loss to complete loss.</summary>
public enum FunctionLoss
{
    /// <summary>Everything still works, as for a training question or a password reset.</summary>
    None = 0,

    /// <summary>A loss with minimal impact on service availability (the article's "Minimal Service Impact").</summary>
    Minimal = 1,

    /// <summary>Part of Zenput stops working while the rest works, for example form uploads are blocked or tasks fail to send (the article's "partial ... loss of function").</summary>
    Partial = 2,

    /// <summary>Nothing in scope works: the app is entirely non-functional for the users or the component concerned.</summary>
    Complete = 3,
}
