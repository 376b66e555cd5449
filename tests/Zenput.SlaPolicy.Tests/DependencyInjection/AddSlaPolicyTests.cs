using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Testing;
using Zenput.Sla.DependencyInjection;

namespace Zenput.Sla.Tests.DependencyInjection;

public sealed class AddSlaPolicyTests
{
    private static readonly Instant ReportedAt = Instant.FromUtc(2026, 11, 25, 5, 30);   // Tuesday 24 November, 21:30 Pacific

    [Fact]
    public void Without_arguments_the_built_in_Zenput_policy_is_in_force()
    {
        using var provider = new ServiceCollection().AddSlaPolicy().BuildServiceProvider();

        var policies = provider.GetRequiredService<ISlaPolicyProvider>();

        policies.Policy.Should().BeSameAs(ZenputSla.Default);
        policies.Clock.Policy.Should().BeSameAs(policies.Policy);
        provider.GetRequiredService<SlaService>().Due("critical", ReportedAt).ResponseDueAt.Should().Be(Instant.FromUtc(2026, 11, 25, 7, 30));
    }

    [Fact]
    public void Calling_AddSlaPolicy_twice_registers_each_service_once()
    {
        var services = new ServiceCollection().AddSlaPolicy().AddSlaPolicy();

        foreach (var type in new[] { typeof(ISlaPolicyProvider), typeof(SlaService), typeof(IClock), typeof(IValidateOptions<SlaPolicyOptions>), typeof(IPostConfigureOptions<SlaPolicyOptions>) })
        {
            services.Count(d => d.ServiceType == type).Should().Be(1, $"{type.Name} is added with TryAdd");
        }

        using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<ISlaPolicyProvider>().Policy.Should().BeSameAs(ZenputSla.Default);
    }

    [Fact]
    public void A_builder_action_starts_from_the_built_in_policy_and_later_actions_start_from_earlier_ones()
    {
        using var provider = new ServiceCollection()
            .AddSlaPolicy(b => b.WithName("Acme SLA"))
            .AddSlaPolicy(b => b.ReplaceTier(Tier(ZenputSla.Critical, Duration.FromHours(1))))
            .BuildServiceProvider();

        var policy = provider.GetRequiredService<ISlaPolicyProvider>().Policy;

        policy.Name.Should().Be("Acme SLA");
        policy.GetTier("critical").ResponseGoal.Should().Be(GoalTarget.Elapsed(Duration.FromHours(1)));
        policy.GetTier("major").Should().Be(ZenputSla.Default.GetTier("major"));
        provider.GetRequiredService<SlaService>().Due("1", ReportedAt).ResponseDueAt.Should().Be(ReportedAt + Duration.FromHours(1));
    }

    [Fact]
    public async Task A_host_with_an_invalid_built_policy_stops_at_start_up_listing_every_error_with_its_path()
    {
        var (host, _) = TestHosts.Host(b => b.Services.AddSlaPolicy(policy => policy
            .WithName(" ")
            .ReplaceTier(Tier(ZenputSla.Critical, Duration.FromHours(-1)))));
        using (host)
        {
            var start = () => host.StartAsync();

            var failure = (await start.Should().ThrowAsync<OptionsValidationException>()).Which;
            failure.OptionsType.Should().Be<SlaPolicyOptions>();
            failure.Failures.Should().Equal(
                "Name: 'Name' must not be empty. [Required]",
                "Tiers[0].ResponseGoal: 'Response Goal' must not be negative, but is -1 hour. [NegativeGoal]");
        }
    }

    [Fact]
    public void Without_a_host_the_first_use_of_an_invalid_policy_throws_the_same_list()
    {
        using var provider = new ServiceCollection()
            .AddSlaPolicy(policy => policy.ReplaceTier(Tier(ZenputSla.Major, Duration.FromHours(-4))))
            .BuildServiceProvider();

        var resolve = () => provider.GetRequiredService<SlaService>();

        resolve.Should().Throw<OptionsValidationException>()
            .Which.Failures.Should().Equal("Tiers[1].ResponseGoal: 'Response Goal' must not be negative, but is -4 hours. [NegativeGoal]");
    }

    [Fact]
    public void After_a_failed_source_later_builder_actions_do_not_run_and_the_first_errors_stand()
    {
        var laterActionRan = false;
        using var provider = new ServiceCollection()
            .AddSlaPolicy(policy => policy.ReplaceTier(Tier(ZenputSla.Critical, Duration.FromHours(-1))))
            .AddSlaPolicy(_ => laterActionRan = true)
            .BuildServiceProvider();

        var resolve = () => provider.GetRequiredService<ISlaPolicyProvider>();

        resolve.Should().Throw<OptionsValidationException>().Which.Failures.Should().ContainSingle().Which.Should().Contain("[NegativeGoal]");
        laterActionRan.Should().BeFalse();
    }

    [Fact]
    public void Warnings_do_not_stop_the_policy_and_are_logged_when_it_comes_into_force()
    {
        var (host, logs) = TestHosts.Host(b => b.Services.AddSlaPolicy(policy => policy.WithMaintenance(null, clockStopsDuringMaintenance: true)));
        using (host)
        {
            host.Services.GetRequiredService<ISlaPolicyProvider>().Policy.ClockStopsDuringMaintenance.Should().BeTrue();

            logs.At(Microsoft.Extensions.Logging.LogLevel.Warning).Should().ContainSingle()
                .Which.Should().Be("SLA policy warning: warning: ClockStopsDuringMaintenance: The clock is set to stop during maintenance, but the policy has no maintenance schedule, so it never stops. [NoMaintenanceSchedule]");
        }
    }

    [Fact]
    public void The_clock_is_the_registered_TimeProvider_seen_through_NodaTime()
    {
        var time = new ManualTimeProvider(new DateTimeOffset(2026, 11, 25, 6, 0, 0, TimeSpan.Zero));
        using var provider = new ServiceCollection().AddSingleton<TimeProvider>(time).AddSlaPolicy().BuildServiceProvider();
        var clock = provider.GetRequiredService<IClock>();
        var sla = provider.GetRequiredService<SlaService>();

        clock.GetCurrentInstant().Should().Be(Instant.FromUtc(2026, 11, 25, 6, 0));
        sla.StatusNow("critical", ReportedAt).Elapsed.Should().Be(Duration.FromMinutes(30));

        time.Now = time.Now.AddHours(2);

        clock.GetCurrentInstant().Should().Be(Instant.FromUtc(2026, 11, 25, 8, 0));
        sla.StatusNow("critical", ReportedAt).IsBreached.Should().BeTrue();
    }

    [Fact]
    public void Without_a_TimeProvider_the_clock_is_the_system_clock()
    {
        using var provider = new ServiceCollection().AddSlaPolicy().BuildServiceProvider();

        var before = DateTimeOffset.UtcNow;
        var now = provider.GetRequiredService<IClock>().GetCurrentInstant();
        var after = DateTimeOffset.UtcNow;

        now.ToDateTimeOffset().Should().BeOnOrAfter(before).And.BeOnOrBefore(after);
    }

    [Fact]
    public void An_IClock_registered_by_the_application_is_kept()
    {
        var fake = new FakeClock(Instant.FromUtc(2026, 11, 25, 9, 0));
        using var provider = new ServiceCollection().AddSingleton<IClock>(fake).AddSlaPolicy().BuildServiceProvider();

        provider.GetRequiredService<IClock>().Should().BeSameAs(fake);
        provider.GetRequiredService<SlaService>().Now.Should().Be(Instant.FromUtc(2026, 11, 25, 9, 0));
    }

    private static SeverityTier Tier(SeverityLevel level, Duration goal) =>
        new(level, GoalTarget.Elapsed(goal), ZenputSla.Default.GetTier(level.Rank).ResolutionProcess);
}
