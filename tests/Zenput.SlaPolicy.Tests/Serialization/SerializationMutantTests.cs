using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;
using Zenput.Sla.Calendars;
using Zenput.Sla.Serialization;
using Zenput.Sla.Triage;

namespace Zenput.Sla.Tests.Serialization;

/// <summary>
/// Policy documents (session-12 sampled mutation survivors of the reader and the writer, docs/mutation.md): a
/// triage condition is written with only the constraints it sets, a rule outside the definitions keeps its flag,
/// a condition without a list reads as an empty list and one with a list of the wrong type is a finding, and an
/// extra working day that ends at midnight is written "24:00".
/// </summary>
public sealed class SerializationMutantTests
{
    private static readonly SlaPolicy Policy = SlaPolicyBuilder.From(ZenputSla.Default)
        .WithTriageRules(new TriageRules(
        [
            new TriageRule("all-users", 1, "Everyone is affected.", new TriageCondition { Scopes = [ImpactScope.AllUsers] }),
            new TriageRule("gap", 1, "A lasting complete loss.", new TriageCondition { FunctionLosses = [FunctionLoss.Complete], IsTemporary = false })
            {
                IsOutsideDefinitions = true,
                Explanation = "The article is silent; err toward the more severe level.",
            },
        ]))
        .Build();

    [Fact]
    public void A_condition_is_saved_with_only_the_constraints_it_sets_and_an_outside_rule_keeps_its_flag()
    {
        using var saved = JsonDocument.Parse(SlaPolicyDocument.Save(Policy));
        var rules = saved.RootElement.EnumerateObject().Single(p => p.Value.ValueKind == JsonValueKind.Object && p.Value.TryGetProperty("rules", out _))
            .Value.GetProperty("rules").EnumerateArray().ToList();

        rules[0].GetProperty("when").EnumerateObject().Select(p => p.Name).Should().Equal("scopes");
        rules[0].TryGetProperty("outsideDefinitions", out _).Should().BeFalse();
        rules[1].GetProperty("when").EnumerateObject().Select(p => p.Name).Should().Equal("functionLosses", "isTemporary");
        rules[1].GetProperty("outsideDefinitions").GetBoolean().Should().BeTrue();
    }

    [Fact]
    public void Saved_triage_rules_load_back_equal_with_absent_lists_empty()
    {
        var loaded = SlaPolicyDocument.Load(SlaPolicyDocument.Save(Policy));

        loaded.TriageRules.Should().Be(Policy.TriageRules);
        loaded.TriageRules!.Rules[0].When.FunctionLosses.Should().BeEmpty();
        loaded.TriageRules.Rules[1].IsOutsideDefinitions.Should().BeTrue();
    }

    [Fact]
    public void A_condition_list_of_the_wrong_type_is_a_finding_at_its_path_not_a_crash()
    {
        var document = JsonNode.Parse(SlaPolicyDocument.Save(Policy))!;
        document["triage"]!["rules"]![1]!["when"]!["functionLosses"] = "complete";

        var result = SlaPolicyDocument.Read(document.ToJsonString());

        result.Policy.Should().BeNull();
        result.Findings.Should().Contain(f => f.Path.EndsWith("functionLosses", System.StringComparison.Ordinal) && f.Message.Contains("Expected an array", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Extra_working_hours_that_end_at_midnight_are_written_24_00()
    {
        // README / JsonText: times are written with "24:00" for next midnight.
        var calendar = new BusinessCalendar("office", DateTimeZone.Utc,
            [new WorkingWindow(IsoDayOfWeek.Monday, new LocalTime(9, 0), new LocalTime(17, 0))],
            extraWorkingDays: [new ExtraWorkingDay(new LocalDate(2026, 12, 5), [new OpeningHours(new LocalTime(18, 0), LocalTime.Midnight)])]);
        var policy = SlaPolicyBuilder.From(ZenputSla.Default).AddCalendar(calendar).Build();

        var saved = JsonNode.Parse(SlaPolicyDocument.Save(policy))!;
        var hours = saved["calendars"]![0]!["extraWorkingDays"]![0]!["hours"]![0]!;

        ((string?)hours["start"]).Should().Be("18:00");
        ((string?)hours["end"]).Should().Be("24:00");
    }

    // ---- hostile triage and maintenance entries: a finding at the right path, never a crash (sample B, session 12) ----

    private static SlaPolicyLoadResult ReadChanged(System.Action<JsonNode> change)
    {
        var document = JsonNode.Parse(SlaPolicyDocument.Save(Policy))!;
        change(document);
        return SlaPolicyDocument.Read(document.ToJsonString());
    }

    [Theory]
    [InlineData("no rules", "triage.rules")]
    [InlineData("unknown property", "triage.bogus")]
    [InlineData("no target rank", "triage.rules[0].targetRank")]
    [InlineData("blank id", "triage.rules[0].id")]
    [InlineData("blank recurrence id", "maintenance.moves[0].recurrenceId")]
    public void A_broken_triage_rule_or_move_is_a_finding_at_its_path(string broken, string path)
    {
        var result = ReadChanged(document =>
        {
            var triage = document["triage"]!.AsObject();
            var rule = triage["rules"]![0]!.AsObject();
            switch (broken)
            {
                case "no rules": triage.Remove("rules"); break;
                case "unknown property": triage["bogus"] = 1; break;
                case "no target rank": rule.Remove("targetRank"); break;
                case "blank id": rule["id"] = " "; break;
                default:
                    document["maintenance"]!["moves"]!.AsArray().Add(new JsonObject
                    {
                        ["recurrenceId"] = "",
                        ["originalDate"] = "2026-12-08",
                        ["newStart"] = "2026-12-09T21:00:00",
                    });
                    break;
            }
        });

        result.Policy.Should().BeNull();
        result.Findings.Should().Contain(f => f.Path.EndsWith(path, System.StringComparison.Ordinal), broken);
    }
}
