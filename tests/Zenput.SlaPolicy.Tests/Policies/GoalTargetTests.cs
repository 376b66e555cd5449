using System;
using NodaTime;

namespace Zenput.Sla.Tests.Policies;

public sealed class GoalTargetTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void A_business_time_goal_without_a_calendar_name_is_refused_at_construction(string? name)
    {
        // It used to be accepted and fail later, at lookup, with "(Parameter 'key')".
        var act = () => GoalTarget.BusinessTime(Duration.FromHours(1), name!);

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("calendarName");
    }
}
