using System.Threading.Tasks;

namespace Zenput.Sla.Samples.Tests.PolicyAsConfiguration;

/// <summary>Runs the built worker sample as a process, as its README does.</summary>
public sealed class WorkerProcessTests
{
    [Fact]
    public async Task With_the_policy_in_appsettings_it_prints_the_London_desks_due_times_and_exits_0()
    {
        var (exit, output, error) = await Run("--once");

        exit.Should().Be(0, error);
        output.Should().Contain("SLA policy in force: Zenput SLA (EMEA) (support zone Europe/London; the clock stops during maintenance)")
            .And.Contain("  Level 1 - Critical: 2026-11-27T18:30:00Z (Fri 2026-11-27 18:30)")
            .And.Contain("  Level 2 - Major: 2026-11-30T15:30:00Z (Mon 2026-11-30 15:30)", "8 working hours from Friday 17:30 are 30 minutes on Friday and 7.5 hours on Monday");
    }

    [Fact]
    public async Task An_invalid_policy_stops_the_host_at_start_up_listing_every_error_with_its_configuration_key()
    {
        var (exit, output, error) = await Run("--once", "--Sla:tiers:0:responseGoal:duration=-1:00:00", "--Sla:tiers:1:responseGoal:calendarName=office");

        exit.Should().Be(1);
        error.ReplaceLineEndings("\n").Should().Be("""
            The SLA policy in configuration is invalid (2 errors):
              Sla:tiers:0:responseGoal: 'Response Goal' must not be negative, but is -1 hour. [NegativeGoal]
              Sla:tiers:1:responseGoal:calendarName: The response goal counts working time on the calendar 'office', which the policy does not define (it defines: london-office). [UnknownCalendar]

            """);
        output.Should().NotContain("SLA policy in force", "the host must not start its work with an invalid policy");
    }

    private static Task<(int Exit, string Output, string Error)> Run(params string[] args) => BuiltProgram.RunAsync("PolicyAsConfiguration", null, args);
}
