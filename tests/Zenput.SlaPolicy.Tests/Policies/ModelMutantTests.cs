using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Zenput.Sla.Calendars;

namespace Zenput.Sla.Tests.Policies;

/// <summary>
/// Tests for the mutants of the policy model's value types (<see cref="ResolutionStep"/>, <see cref="SeverityLevel"/>,
/// <see cref="SeverityTier"/>, <see cref="SlaPolicy"/>, <see cref="SlaPolicyBuilder"/>) that the session-12 Stryker run
/// left undetected (docs/mutation.md, "Root files R-Z, Triage/ and Validation/ (session 12)"): the argument checks
/// the XML docs promise, structural equality field by field, the inequality operators and the texts.
/// </summary>
public sealed class ModelMutantTests
{
    private static SeverityLevel Level(int rank, string name, string definition = "Defined.") => new(rank, name, definition, [], []);

    private static ResolutionStep Ticket(int minutes = 15) =>
        new(ResolutionStepKind.ProblemTicket, "Create a ticket.", [TicketEventKind.TicketCreated], StepDeadline.Within(Duration.FromMinutes(minutes)));

    private static SeverityTier Tier(int rank, string name, int hours = 2) =>
        new(Level(rank, name), GoalTarget.Elapsed(Duration.FromHours(hours)), [Ticket()]);

    private static SlaPolicy Policy(string name) => new SlaPolicyBuilder(name).AddTier(Tier(1, "Critical")).Build();

    // ---- ResolutionStep ----

    [Fact]
    public void A_step_needs_its_description_and_its_deadline()
    {
        var noDescription = () => new ResolutionStep(ResolutionStepKind.ProblemTicket, null!, [TicketEventKind.TicketCreated], StepDeadline.BestEffort());
        var noDeadline = () => new ResolutionStep(ResolutionStepKind.ProblemTicket, "Create a ticket.", [TicketEventKind.TicketCreated], null!);

        noDescription.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("description");
        noDeadline.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("deadline");
    }

    [Fact]
    public void A_step_reads_as_its_kind_and_its_deadline()
    {
        // StepDeadline: "within 15 minutes of notification" for a length from the report.
        Ticket().ToString().Should().Be("ProblemTicket: within 15 minutes of notification");
    }

    [Fact]
    public void Steps_differ_when_any_part_differs_and_the_inequality_operator_says_so()
    {
        (Ticket() != Ticket()).Should().BeFalse();
        (Ticket() != Ticket(20)).Should().BeTrue();
        (Ticket() != null).Should().BeTrue();
        ((ResolutionStep?)null != null).Should().BeFalse();
    }

    // ---- SeverityLevel ----

    [Fact]
    public void A_level_needs_a_positive_rank_and_a_definition()
    {
        // "rank: The position on the scale; 1 is the most severe. Must be positive."
        var zero = () => Level(0, "Critical");
        var negative = () => Level(-1, "Critical");
        var noDefinition = () => new SeverityLevel(1, "Critical", null!, [], []);

        zero.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("rank");
        negative.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("rank");
        noDefinition.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("definition");
        Level(1, "Critical").Rank.Should().Be(1);
    }

    [Fact]
    public void Levels_are_equal_only_when_rank_name_and_definition_all_agree()
    {
        var critical = Level(1, "Critical", "Down.");

        critical.Should().Be(Level(1, "Critical", "Down."));
        critical.Should().NotBe(Level(2, "Critical", "Down."), "the ranks differ");
        critical.Should().NotBe(Level(1, "Major", "Down."), "the names differ");
        critical.Should().NotBe(Level(1, "Critical", "Slow."), "the definitions differ");
        critical.Should().NotBe(Level(2, "Major", "Down."), "rank and name differ, the definition alone agrees");
    }

    [Fact]
    public void The_level_inequality_operator_is_the_negation_of_equality()
    {
        (Level(1, "Critical") != Level(1, "Critical")).Should().BeFalse();
        (Level(1, "Critical") != Level(2, "Major")).Should().BeTrue();
        (Level(1, "Critical") != null).Should().BeTrue();
    }

    // ---- SeverityTier ----

    [Fact]
    public void A_tier_needs_its_level_and_its_response_goal()
    {
        var noLevel = () => new SeverityTier(null!, GoalTarget.Elapsed(Duration.FromHours(2)), [Ticket()]);
        var noGoal = () => new SeverityTier(Level(1, "Critical"), null!, [Ticket()]);

        noLevel.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("severity");
        noGoal.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("responseGoal");
    }

    [Fact]
    public void The_tier_inequality_operator_is_the_negation_of_equality()
    {
        (Tier(1, "Critical") != Tier(1, "Critical")).Should().BeFalse();
        (Tier(1, "Critical") != Tier(1, "Critical", hours: 3)).Should().BeTrue();
        (Tier(1, "Critical") != null).Should().BeTrue();
    }

    // ---- SlaPolicy and its builder ----

    [Fact]
    public void The_policy_inequality_operator_is_the_negation_of_equality()
    {
        (Policy("Acme SLA") != Policy("Acme SLA")).Should().BeFalse();
        (Policy("Acme SLA") != Policy("Other SLA")).Should().BeTrue();
        (Policy("Acme SLA") != null).Should().BeTrue();
    }

    [Fact]
    public void A_new_builder_needs_a_name_and_starts_with_an_empty_description()
    {
        var noName = () => new SlaPolicyBuilder(null!);

        noName.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("name");
        Policy("Acme SLA").Description.Should().BeEmpty();
    }

    public static TheoryData<string> BuilderChanges() =>
    [
        "WithName", "WithDescription", "WithSupportZone(zone)", "WithSupportZone(id)", "WithSupportZone(unknown id)", "AddTier", "ReplaceTier", "ClearTiers",
        "WithResponseSatisfiedBy", "AddCalendar", "AddCalendarIntersection", "WithMaintenance", "WithAssumption",
        "WithTriageRules", "WithWarningThresholds", "WithStepClock", "Validate", "Build",
    ];

    private static readonly Dictionary<string, Action<SlaPolicyBuilder>> Changes = new()
    {
        ["WithName"] = b => b.WithName("Other"),
        ["WithDescription"] = b => b.WithDescription("Other."),
        ["WithSupportZone(zone)"] = b => b.WithSupportZone(DateTimeZone.Utc),
        ["WithSupportZone(id)"] = b => b.WithSupportZone("Europe/London"),
        ["WithSupportZone(unknown id)"] = b => b.WithSupportZone("Mars/Olympus_Mons"),
        ["AddTier"] = b => b.AddTier(Tier(2, "Major", hours: 4)),
        ["ReplaceTier"] = b => b.ReplaceTier(Tier(1, "Critical", hours: 3)),
        ["ClearTiers"] = b => b.ClearTiers(),
        ["WithResponseSatisfiedBy"] = b => b.WithResponseSatisfiedBy(TicketEventKind.FirstResponse),
        ["AddCalendar"] = b => b.AddCalendar(Office()),
        ["AddCalendarIntersection"] = b => b.AddCalendarIntersection("both", "office", "office"),
        ["WithMaintenance"] = b => b.WithMaintenance(null),
        ["WithAssumption"] = b => b.WithAssumption("Another assumption."),
        ["WithTriageRules"] = b => b.WithTriageRules(null),
        ["WithWarningThresholds"] = b => b.WithWarningThresholds(80),
        ["WithStepClock"] = b => b.WithStepClock(StepClock.AroundTheClock),
        ["Validate"] = b => b.Validate(),
        ["Build"] = b => b.Build(),
    };

    private static BusinessCalendar Office(string name = "office") =>
        new(name, DateTimeZone.Utc, [new WorkingWindow(IsoDayOfWeek.Monday, new LocalTime(9, 0), new LocalTime(17, 0))]);

    [Theory]
    [MemberData(nameof(BuilderChanges))]
    public void A_builder_that_has_built_its_policy_refuses_every_further_change(string change)
    {
        // SlaPolicyBuilder: "a builder is single-use. Use SlaPolicyBuilder.From(policy) to start a new one."
        var builder = new SlaPolicyBuilder("Acme SLA").AddTier(Tier(1, "Critical"));
        var built = builder.Build();

        var act = () => Changes[change](builder);

        act.Should().Throw<InvalidOperationException>().WithMessage("*single-use*SlaPolicyBuilder.From(policy)*");
        built.Tiers.Should().ContainSingle().Which.Should().Be(Tier(1, "Critical"), "the built policy is not changed either");
    }

    [Fact]
    public void Every_builder_method_names_the_argument_it_refuses_as_null()
    {
        var builder = new SlaPolicyBuilder("Acme SLA");
        var cases = new (Action Act, string Param)[]
        {
            (() => SlaPolicyBuilder.From(null!), "policy"),
            (() => builder.WithName(null!), "name"),
            (() => builder.WithDescription(null!), "description"),
            (() => builder.WithSupportZone((DateTimeZone)null!), "zone"),
            (() => builder.AddTier(null!), "tier"),
            (() => builder.ReplaceTier(null!), "tier"),
            (() => builder.WithResponseSatisfiedBy((IEnumerable<TicketEventKind>)null!), "events"),
            (() => builder.AddCalendar(null!), "calendar"),
            (() => builder.AddCalendarIntersection((CalendarIntersection)null!), "intersection"),
            (() => builder.WithAssumption(null!), "assumption"),
            (() => builder.WithWarningThresholds((IEnumerable<double>)null!), "percentages"),
        };

        foreach (var (act, param) in cases)
        {
            act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be(param);
        }
    }

    [Fact]
    public void A_builder_started_from_a_policy_keeps_its_calendars_and_calendar_intersections()
    {
        // "Starts a builder holding everything policy holds, to change some of it."
        var policy = new SlaPolicyBuilder("Acme SLA")
            .AddCalendar(Office())
            .AddCalendar(Office("weekdays"))
            .AddCalendarIntersection("both", "office", "weekdays")
            .AddTier(Tier(1, "Critical"))
            .Build();

        var copy = SlaPolicyBuilder.From(policy).WithDescription("Changed.").Build();

        copy.Calendars.Should().Equal(policy.Calendars);
        copy.Calendars.Select(c => c.Name).Should().Equal("office", "weekdays");
        copy.CalendarIntersections.Should().ContainSingle().Which.Name.Should().Be("both");
    }

    // ---- SupportContract ----

    [Fact]
    public void A_contract_without_a_coverage_start_is_refused_with_the_reason()
    {
        // SupportContract: "coverage: The half-open coverage period; it must have a start."
        var act = () => new SupportContract("c-1", "Customer", Policy("Acme SLA"), new Interval(null, Instant.FromUtc(2027, 1, 1, 0, 0)));

        act.Should().Throw<ArgumentException>().WithMessage("*coverage must have a start*").Which.ParamName.Should().Be("coverage");
    }

    // ---- ZenputSla: the built-in policy words the article ----

    [Fact]
    public void The_built_in_steps_are_described_in_the_articles_own_words()
    {
        // The article's "Resolution Process" lists (shared/seed/zenput-sla-article.txt), Levels 1 and 2, in order.
        ZenputSla.Default.GetTier(1).ResolutionProcess.Select(s => s.Description).Should().Equal(
            "A ticket is immediately created upon notification of the issue.",
            "An engineer is assigned to diagnose and correct the error.",
            "Regular updates are provided on the status of the correction.",
            "Work on error correction begins promptly.",
            "Users affected by the error are informed once the fix is applied.");
        ZenputSla.Default.GetTier(2).ResolutionProcess.Select(s => s.Description).Should().Equal(
            "A ticket is created upon notification.",
            "An engineer is assigned to resolve the issue.",
            "Updates on correction progress are provided.",
            "Work on the fix begins without delay.");
    }

    [Fact]
    public void The_built_in_policy_says_whom_it_covers_what_maintenance_affects_and_how_it_reads_promptly()
    {
        // Article: "... applicable to all Zenput customers with support contracts."; README: "'promptly' / 'without
        // delay' for the fix: by the response goal"; ZenputSla.MaintenanceSchedule: the component "Zenput service".
        ZenputSla.Default.Description.Should().Contain("all Zenput customers with support contracts");
        ZenputSla.MaintenanceSchedule.AffectedComponents.Should().Equal("Zenput service");
        ZenputSla.Default.Assumptions.Should().Contain(a => a.Contains("\"Promptly\"", StringComparison.Ordinal)
            && a.Contains("\"without delay\"", StringComparison.Ordinal) && a.Contains("by the response goal", StringComparison.Ordinal));
    }
}
