using System;
using NodaTime;

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
}
