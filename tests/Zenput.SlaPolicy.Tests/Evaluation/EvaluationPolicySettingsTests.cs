using System.Linq;
using Zenput.Sla.Serialization;
using Zenput.Sla.Validation;

namespace Zenput.Sla.Tests.Evaluation;

/// <summary>The policy settings ticket evaluation reads: warning thresholds and the step clock, in the builder, the validator and documents (schema version 2).</summary>
public sealed class EvaluationPolicySettingsTests
{
    private const string VersionOne = """
        {
          "schemaVersion": 1,
          "name": "Doc",
          "supportZone": "America/Los_Angeles",
          "responseSatisfiedBy": ["engineerAssigned"],
          "tiers": [{ "severity": { "rank": 1, "name": "Critical" }, "responseGoal": { "kind": "elapsed", "duration": "2:00:00" },
            "resolutionProcess": [{ "kind": "problemTicket", "satisfiedBy": ["ticketCreated"], "deadline": { "kind": "within", "length": "0:15:00" } }] }]
        }
        """;

    [Fact]
    public void The_built_in_policy_states_warnings_at_50_75_and_90_percent_and_the_response_goal_step_clock()
    {
        ZenputSla.Default.WarningThresholds.Should().Equal(50, 75, 90);
        ZenputSla.Default.StepClock.Should().Be(StepClock.ResponseGoal);
    }

    [Fact]
    public void A_version_1_document_is_still_read_and_gets_the_defaults()
    {
        var result = SlaPolicyDocument.Read(VersionOne);

        result.IsValid.Should().BeTrue();
        result.Policy!.WarningThresholds.Should().Equal(50, 75, 90);
        result.Policy.StepClock.Should().Be(StepClock.ResponseGoal);
    }

    [Fact]
    public void Warning_thresholds_and_the_step_clock_round_trip_through_a_document()
    {
        var policy = SlaPolicyBuilder.From(ZenputSla.Default).WithWarningThresholds(25, 80.5).WithStepClock(StepClock.AroundTheClock).Build();

        var json = SlaPolicyDocument.Save(policy);
        var read = SlaPolicyDocument.Load(json);

        json.Should().Contain("\"warningThresholds\": [").And.Contain("80.5").And.Contain("\"stepClock\": \"aroundTheClock\"");
        read.WarningThresholds.Should().Equal(25, 80.5);
        read.StepClock.Should().Be(StepClock.AroundTheClock);
        read.Should().Be(policy);
    }

    [Fact]
    public void An_empty_list_of_thresholds_means_no_warnings_and_survives_a_round_trip()
    {
        var policy = SlaPolicyBuilder.From(ZenputSla.Default).WithWarningThresholds().Build();

        SlaPolicyDocument.Load(SlaPolicyDocument.Save(policy)).WarningThresholds.Should().BeEmpty();
    }

    [Fact]
    public void Thresholds_outside_0_to_100_or_out_of_order_are_each_reported_with_their_path()
    {
        var findings = SlaPolicyBuilder.From(ZenputSla.Default).WithWarningThresholds(0, 90, 75, 100).Validate();

        findings.Where(f => f.Code == PolicyErrorCodes.InvalidWarningThreshold).Select(f => f.Path).Should().Equal(
            "WarningThresholds[0]", "WarningThresholds[2]", "WarningThresholds[3]");
    }

    [Fact]
    public void Bad_values_in_a_document_are_reported_with_their_json_path()
    {
        var json = VersionOne.Replace("\"schemaVersion\": 1,", "\"schemaVersion\": 2, \"warningThresholds\": [50, \"75\", 120], \"stepClock\": \"sometimes\",");

        var findings = SlaPolicyDocument.Read(json).Findings;

        findings.Select(f => f.Path).Should().Equal("$.warningThresholds[1]", "$.stepClock");
        SlaPolicyDocument.Read(json.Replace("\"75\", ", string.Empty).Replace("\"sometimes\"", "\"aroundTheClock\"")).Findings
            .Should().ContainSingle(f => f.Path == "$.warningThresholds[1]" && f.Code == PolicyErrorCodes.InvalidWarningThreshold);
    }

    [Fact]
    public void Lifecycle_events_cannot_satisfy_a_goal_or_anchor_a_deadline()
    {
        var critical = ZenputSla.Default.GetTier(1);
        var paused = new SeverityTier(critical.Severity, critical.ResponseGoal, [
            new ResolutionStep(ResolutionStepKind.ProblemTicket, "x", [TicketEventKind.Paused], StepDeadline.Within(NodaTime.Duration.FromMinutes(15), TicketEventKind.Resumed)),
        ]);

        var findings = SlaPolicyBuilder.From(ZenputSla.Default).WithResponseSatisfiedBy(TicketEventKind.SeverityChanged).ReplaceTier(paused).Validate();

        findings.Where(f => !f.IsWarning).Select(f => (f.Path, f.Code)).Should().BeEquivalentTo(new[]
        {
            ("ResponseSatisfiedBy[0]", PolicyErrorCodes.InvalidSatisfyingEvent),
            ("Tiers[0].ResolutionProcess[0].SatisfiedBy[0]", PolicyErrorCodes.InvalidSatisfyingEvent),
            ("Tiers[0].ResolutionProcess[0].Deadline.Anchor", PolicyErrorCodes.InvalidDeadline),
        });
    }
}
