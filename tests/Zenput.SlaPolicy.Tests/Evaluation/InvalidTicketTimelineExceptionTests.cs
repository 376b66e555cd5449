using System;
using Zenput.Sla.Evaluation;

namespace Zenput.Sla.Tests.Evaluation;

/// <summary>The exception's standard constructors (the ones .NET's exception guidelines ask for) list no problems.</summary>
public sealed class InvalidTicketTimelineExceptionTests
{
    [Fact]
    public void The_parameterless_exception_lists_no_problems_and_says_the_history_cannot_be_evaluated()
    {
        var e = new InvalidTicketTimelineException();

        e.Problems.Should().BeEmpty();
        e.TicketId.Should().BeNull();
        e.Message.Should().Be("The ticket's history cannot be evaluated.");
    }

    [Fact]
    public void The_exception_with_a_message_and_a_cause_keeps_both_and_lists_no_problems()
    {
        var cause = new InvalidOperationException("cause");

        var withMessage = new InvalidTicketTimelineException("message");
        var withCause = new InvalidTicketTimelineException("message", cause);

        withMessage.Message.Should().Be("message");
        withMessage.Problems.Should().BeEmpty();
        withCause.Message.Should().Be("message");
        withCause.InnerException.Should().BeSameAs(cause);
        withCause.Problems.Should().BeEmpty();
    }

    [Fact]
    public void Problems_are_required()
    {
        FluentActions.Invoking(() => new InvalidTicketTimelineException(null!, "T-1"))
            .Should().Throw<ArgumentNullException>().WithParameterName("problems");
    }
}
