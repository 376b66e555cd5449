using System.Linq;
using NodaTime;
using Zenput.Sla.Calendars;
using Zenput.Sla.Clock;
using Zenput.Sla.Maintenance;
using Zenput.Sla.Validation;

namespace Zenput.Sla.Tests.Maintenance;

/// <summary>
/// README (resource contract, maintenance windows): one-offs and moves that reach outside the supported instants
/// (up to 9999-12-24T23:59:59.999999999Z) are refused (<c>OutsideSupportedRange</c>), wherever a schedule is given
/// to the library to count with: a policy, and a clock made from a calendar with maintenance, which accepted such a
/// schedule without a finding (counting the window cut at the range's end, or leaving it out).
/// </summary>
public sealed class MaintenanceRangeEndTests
{
    private static readonly BusinessCalendar AlwaysOpen = BusinessCalendar.AlwaysOpen(DateTimeZone.Utc);

    private static MaintenanceSchedule OneOff(LocalDateTime start, Duration length) =>
        new(DateTimeZone.Utc, [], oneOffs: [new MaintenanceOneOff("late", "Late", MaintenanceKind.Emergency, start, length, "Upgrade")]);

    private static PolicyFinding[] Errors(System.Func<object> act) =>
        [.. act.Should().Throw<SlaPolicyValidationException>().Which.Findings.Where(f => !f.IsWarning)];

    [Fact]
    public void A_clock_made_from_a_calendar_refuses_a_one_off_that_would_end_after_the_last_supported_instant_as_a_policy_does()
    {
        // 22:00 on the last supported date plus 6 hours is 04:00 the next day, after 23:59:59.999999999.
        var schedule = OneOff(new LocalDateTime(9999, 12, 24, 22, 0), Duration.FromHours(6));
        const string Message = "The one-off 'late' starts at 9999-12-24T22:00:00Z and lasts 6 hours, so it would end after 9999-12-24T23:59:59.999999999Z, the last instant the SLA clock supports.";

        var clock = Errors(() => new SlaClock(AlwaysOpen, schedule));
        clock.Should().ContainSingle().Which.Should().Be(new PolicyFinding("OneOffs[0].Length", Message, PolicyErrorCodes.OutsideSupportedRange));

        var policy = Errors(() => SlaPolicyBuilder.From(ZenputSla.Default).WithMaintenance(schedule, clockStopsDuringMaintenance: true).Build());
        policy.Should().ContainSingle().Which.Should().Be(new PolicyFinding("Maintenance.OneOffs[0].Length", Message, PolicyErrorCodes.OutsideSupportedRange));
    }

    [Fact]
    public void A_clock_made_from_a_calendar_refuses_a_one_off_that_starts_after_the_supported_instants()
    {
        var schedule = OneOff(new LocalDateTime(9999, 12, 31, 22, 0), Duration.FromHours(1));

        Errors(() => new SlaClock(AlwaysOpen, schedule)).Should().ContainSingle().Which.Should().Be(new PolicyFinding(
            "OneOffs[0].Start",
            "The one-off 'late' starts at 9999-12-31T22:00:00 (UTC), outside the instants the SLA clock supports (-9998-01-08T00:00:00Z to 9999-12-24T23:59:59.999999999Z).",
            PolicyErrorCodes.OutsideSupportedRange));
    }

    [Fact]
    public void A_one_off_ending_exactly_at_the_end_of_the_last_supported_instant_is_accepted_and_warnings_do_not_refuse_a_clock()
    {
        // 22:00 plus 1:59:59.999999999 ends on the last supported instant (the window [22:00, 23:59:59.999999999) ends
        // there, not after it). The unannounced emergency is only a warning, which a policy builds with too.
        var schedule = OneOff(new LocalDateTime(9999, 12, 24, 22, 0), Duration.FromHours(2) - Duration.Epsilon);

        var clock = new SlaClock(AlwaysOpen, schedule);

        // From 21:45 to 23:00 only the 15 minutes before the window count.
        clock.Elapsed(Instant.FromUtc(9999, 12, 24, 21, 45), Instant.FromUtc(9999, 12, 24, 23, 0)).Should().Be(Duration.FromMinutes(15));
    }
}
