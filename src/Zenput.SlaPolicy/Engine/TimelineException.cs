using System;

namespace Zenput.Sla.Engine;

/// <summary>
/// Thrown by a timeline that cannot answer. It never leaves the library: the clock catches it at its
/// public surface and throws its own exception with the same message, so that the engine does not
/// depend on the layer above it.
/// </summary>
internal sealed class TimelineException : Exception
{
    public TimelineException(TimelineFailure failure, string? calendarName, string message)
        : base(message)
    {
        Failure = failure;
        CalendarName = calendarName;
    }

    public TimelineFailure Failure { get; }

    public string? CalendarName { get; }
}
