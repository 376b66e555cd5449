using System;

namespace Zenput.Sla.Clock;

/// <summary>
/// Thrown when the SLA clock cannot give a due instant: the calendar has no working time in the
/// reachable future, the goal runs past the representable range, or an open-ended pause stops the
/// clock for good. The message names the calendar and the instant the search started from.
/// </summary>
/// <remarks>
/// The clock never loops without bound: a calendar that has no working time in 400 years after its
/// last dated holiday or extra working day (the Gregorian calendar repeats every 400 years) is
/// reported as having none at all.
/// </remarks>
public sealed class SlaClockException : Exception
{
    /// <summary>Creates an exception with a plain message.</summary>
    public SlaClockException()
    {
    }

    /// <summary>Creates an exception with a plain message.</summary>
    /// <param name="message">The message.</param>
    public SlaClockException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a plain message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public SlaClockException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception for a given failure.</summary>
    /// <param name="failure">What went wrong.</param>
    /// <param name="calendarName">The calendar the time was counted on, or <see langword="null"/> for the 24×7 clock.</param>
    /// <param name="message">The message.</param>
    public SlaClockException(SlaClockFailure failure, string? calendarName, string message)
        : base(message)
    {
        Failure = failure;
        CalendarName = calendarName;
    }

    /// <summary>Creates an exception for a given failure found by the engine, keeping the engine's report as the cause.</summary>
    internal SlaClockException(SlaClockFailure failure, string? calendarName, string message, Exception innerException)
        : base(message, innerException)
    {
        Failure = failure;
        CalendarName = calendarName;
    }

    /// <summary>Gets what went wrong.</summary>
    public SlaClockFailure Failure { get; }

    /// <summary>Gets the name of the business calendar the time was counted on, or <see langword="null"/> for the 24×7 clock.</summary>
    public string? CalendarName { get; }
}
