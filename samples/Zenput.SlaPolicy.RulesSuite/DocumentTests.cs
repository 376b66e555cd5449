using FluentAssertions;
using NodaTime;
using Xunit;
using Zenput.Sla;
using Zenput.Sla.Testing;

namespace Acme.Support.SlaRules;

/// <summary>What the contract says, checked against the document the helpdesk runs.</summary>
public sealed class DocumentTests
{
    private static readonly SlaPolicy Policy = AcmeSla.Policy;

    [Fact]
    public void The_document_validates()
    {
        AcmeSla.Read().Should().BeValid().Which.Name.Should().Be("Acme Corp SLA");
    }

    [Fact]
    public void Response_goals_are_the_contracts()
    {
        Policy.Should()
            .HaveResponseGoal("critical", Duration.FromHours(2))
            .And.HaveResponseGoal("high", Duration.FromHours(4))
            .And.HaveResponseGoal("normal", GoalTarget.BusinessTime(Duration.FromHours(8), "new-york-office"))
            .And.HaveResponseGoal("low", GoalTarget.CalendarDays(5));
    }

    [Fact]
    public void Updates_are_owed_as_often_as_the_response_goal_except_for_low_tickets()
    {
        Policy.Should()
            .HaveUpdateCadence("critical", Duration.FromHours(2))
            .And.HaveUpdateCadence("high", Duration.FromHours(4))
            .And.HaveUpdateCadence("normal", Duration.FromHours(8));
        Policy.GetTier("low").UpdateCadence.Should().BeNull();
    }

    [Fact]
    public void Only_a_first_response_meets_the_response_goal()
    {
        Policy.ResponseSatisfiedBy.Should().Equal(TicketEventKind.FirstResponse);
    }

    [Fact]
    public void Maintenance_is_the_first_Saturday_of_the_month_at_22_00_New_York_and_the_clock_keeps_running()
    {
        var december = Policy.Maintenance!.WindowsOverlapping(Instant.FromUtc(2026, 12, 1, 0, 0), Instant.FromUtc(2027, 1, 1, 0, 0));

        december.Should().ContainSingle().Which.Interval.Should().Be(new Interval(Instant.FromUtc(2026, 12, 6, 3, 0), Instant.FromUtc(2026, 12, 6, 7, 0)));
        Policy.ClockStopsDuringMaintenance.Should().BeFalse();
    }
}
