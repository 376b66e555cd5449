using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Zenput.Sla.Internal;

namespace Zenput.Sla.Evaluation;

/// <summary>
/// Thrown when a ticket's history cannot have happened (or names a severity the policy lacks): it is
/// refused, never evaluated. <see cref="Problems"/> lists every problem, each naming its event.
/// </summary>
public sealed class InvalidTicketTimelineException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="problems">Every problem found.</param>
    public InvalidTicketTimelineException(IReadOnlyList<TimelineProblem> problems)
        : this(problems, null)
    {
    }

    /// <summary>Creates the exception for a ticket with an id.</summary>
    /// <param name="problems">Every problem found.</param>
    /// <param name="ticketId">The ticket's id, if it has one.</param>
    public InvalidTicketTimelineException(IReadOnlyList<TimelineProblem> problems, string? ticketId)
        : base(Describe(problems ?? throw new ArgumentNullException(nameof(problems)), ticketId))
    {
        Problems = problems;
        TicketId = ticketId;
    }

    /// <summary>Creates the exception with no problems listed.</summary>
    public InvalidTicketTimelineException()
        : this([], null)
    {
    }

    /// <summary>Creates the exception with a message and no problems listed.</summary>
    /// <param name="message">The message.</param>
    public InvalidTicketTimelineException(string message)
        : base(message)
    {
        Problems = [];
    }

    /// <summary>Creates the exception with a message, a cause and no problems listed.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public InvalidTicketTimelineException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [];
    }

    /// <summary>Gets every problem found, in the order of the events.</summary>
    public IReadOnlyList<TimelineProblem> Problems { get; }

    /// <summary>Gets the id of the ticket, if it has one.</summary>
    public string? TicketId { get; }

    /// <summary>How many problems the message lists; <see cref="Problems"/> keeps every one.</summary>
    internal const int ListedProblems = 20;

    /// <summary>
    /// The one-line description used as the message: the problems in order, the first <see cref="ListedProblems"/> of them
    /// when there are more (a 1 MiB line of stray <c>resumed</c> events has 22,000, and a message of every one was megabytes
    /// that a report kept for each failed line); the ticket's id cut like any quoted value (<see cref="QuotedValue"/>).
    /// </summary>
    internal static string Describe(IReadOnlyList<TimelineProblem> problems, string? ticketId)
    {
        var who = ticketId is null ? "The ticket's history" : $"The history of ticket {QuotedValue.Shorten(ticketId)}";
        return problems.Count switch
        {
            0 => $"{who} cannot be evaluated.",
            1 => $"{who} cannot have happened: {problems[0].Message}",
            <= ListedProblems => $"{who} cannot have happened ({problems.Count} problems): {string.Join(" ", problems.Select(p => p.Message))}",
            _ => string.Create(
                CultureInfo.InvariantCulture,
                $"{who} cannot have happened ({problems.Count} problems, the first {ListedProblems} listed): {string.Join(" ", problems.Take(ListedProblems).Select(p => p.Message))} And {problems.Count - ListedProblems} more."),
        };
    }
}
