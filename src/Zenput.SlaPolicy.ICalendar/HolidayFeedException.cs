using System;

namespace Zenput.Sla.ICalendar;

/// <summary>
/// An iCalendar feed cannot be read at all (not RFC 5545 text, an unclosed component, more than one calendar, an
/// unreadable recurrence rule, an event whose end is not of its start's value type), or would take too long to
/// expand (more occurrences than <see cref="HolidayFeed.MaxOccurrences"/>, or a rule that steps through more than
/// 5,000,000 candidate times). The message names the event and its line when one event is the cause.
/// </summary>
/// <remarks>Problems with single events (no start, an unknown time zone) do not throw: they are reported in <see cref="HolidayFeedImport.Skipped"/>.</remarks>
public sealed class HolidayFeedException : FormatException
{
    /// <summary>Creates the exception.</summary>
    public HolidayFeedException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong.</param>
    public HolidayFeedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The parser's exception.</param>
    public HolidayFeedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a message and the line it is about.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="line">The 1-based line of the feed, or <see langword="null"/> when not known.</param>
    /// <param name="innerException">The parser's exception, if any.</param>
    public HolidayFeedException(string message, int? line, Exception? innerException = null)
        : base(message, innerException)
    {
        Line = line;
    }

    /// <summary>Gets the 1-based line of the feed the problem is on, or <see langword="null"/> when not known.</summary>
    public int? Line { get; }
}
