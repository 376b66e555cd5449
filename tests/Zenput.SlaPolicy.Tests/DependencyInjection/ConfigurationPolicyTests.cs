using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using FsCheck.Xunit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;
using Zenput.Sla.DependencyInjection;
using Zenput.Sla.Serialization;
using Zenput.Sla.Tests.Generators;
using Zenput.Sla.Tests.Serialization;

namespace Zenput.Sla.Tests.DependencyInjection;

public sealed class ConfigurationPolicyTests
{
    [Fact]
    public void The_built_in_policy_document_under_a_section_reads_back_equal_to_the_built_in_policy()
    {
        var configuration = TestHosts.Configuration(TestHosts.BuiltInDocument());

        using var provider = new ServiceCollection().AddSlaPolicy(configuration.GetSection("Sla")).BuildServiceProvider();

        provider.GetRequiredService<ISlaPolicyProvider>().Policy.Should().Be(ZenputSla.Default);
    }

    [ScaledProperty(10_000, Arbitrary = [typeof(RandomPolicies)])]
    public bool Generated_policies_survive_the_trip_through_configuration(Drawn<SlaPolicy> drawn)
    {
        // Configuration flattens the document to text keys; every schema feature must come back as it was.
        var policy = drawn.Value;
        var configuration = TestHosts.Configuration(JsonNode.Parse(SlaPolicyDocument.Save(policy))!);

        var (read, findings) = ConfigurationDocument.Read(configuration.GetSection("Sla"));

        return findings.All(f => f.IsWarning) && policy.Equals(read);
    }

    [Fact]
    public void A_customised_document_gives_the_policy_it_describes()
    {
        var document = TestHosts.BuiltInDocument();
        document["name"] = "Acme SLA";
        document["tiers"]![0]!["responseGoal"]!["duration"] = "1:00:00";
        document["clockStopsDuringMaintenance"] = true;

        using var provider = new ServiceCollection().AddSlaPolicy(TestHosts.Configuration(document).GetSection("Sla")).BuildServiceProvider();
        var policy = provider.GetRequiredService<ISlaPolicyProvider>().Policy;

        policy.Name.Should().Be("Acme SLA");
        policy.GetTier("critical").ResponseGoal.Should().Be(GoalTarget.Elapsed(Duration.FromHours(1)));
        policy.ClockStopsDuringMaintenance.Should().BeTrue();
        policy.GetTier("minor").Should().Be(ZenputSla.Default.GetTier("minor"));
    }

    [Fact]
    public void PascalCase_keys_such_as_environment_variables_override_the_documents_camelCase_ones()
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonStream(TestHosts.Settings(TestHosts.BuiltInDocument()))
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Sla:Tiers:0:ResponseGoal:Duration"] = "1:30:00", ["SLA:Name"] = "Acme SLA" })
            .Build();

        var (policy, findings) = ConfigurationDocument.Read(configuration.GetSection("Sla"));

        findings.Should().BeEmpty();
        policy!.Name.Should().Be("Acme SLA");
        policy.GetTier(1).ResponseGoal.Should().Be(GoalTarget.Elapsed(Duration.FromMinutes(90)));
    }

    [Fact]
    public async Task A_host_with_an_invalid_document_in_configuration_stops_at_start_up_naming_each_configuration_key()
    {
        var document = TestHosts.BuiltInDocument();
        document["tiers"]![0]!["responseGoal"]!["duration"] = "-1:00:00";
        document["tiers"]![1]!["severity"]!["name"] = "critical";
        document["tiers"]![2]!["responseGoal"] = new JsonObject { ["kind"] = "businessTime", ["workingTime"] = "8:00:00", ["calendarName"] = "office" };
        var (host, _) = TestHosts.Host(b =>
        {
            b.Configuration.AddJsonStream(TestHosts.Settings(document));
            b.Services.AddSlaPolicy(b.Configuration.GetSection("Sla"));
        });
        using (host)
        {
            var start = () => host.StartAsync();

            (await start.Should().ThrowAsync<OptionsValidationException>()).Which.Failures.Should().Equal(
                "Sla:tiers:0:responseGoal: 'Response Goal' must not be negative, but is -1 hour. [NegativeGoal]",
                "Sla:tiers:1:severity:name: The name 'critical' is used by more than one severity level. [DuplicateName]",
                "Sla:tiers:2:responseGoal:calendarName: The response goal counts working time on the calendar 'office', which the policy does not define. [UnknownCalendar]");
        }
    }

    [Fact]
    public void Structural_errors_name_the_configuration_key_too()
    {
        var document = TestHosts.BuiltInDocument();
        document["supportZone"] = "Mars/Olympus_Mons";
        document["tiers"]![0]!["responseGoal"]!["duration"] = "two hours";
        document["colour"] = "blue";

        var (policy, findings) = ConfigurationDocument.Read(TestHosts.Configuration(document).GetSection("Sla"));

        policy.Should().BeNull();
        findings.Select(f => (f.Path, f.Code)).Should().BeEquivalentTo(new[]
        {
            ("Sla:supportZone", "UnknownTimeZone"),
            ("Sla:tiers:0:responseGoal:duration", "InvalidValue"),
            ("Sla:colour", "UnknownProperty"),
        });
    }

    [Fact]
    public void A_missing_section_is_an_error_not_the_built_in_policy()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Other:name"] = "x" }).Build();

        using var provider = new ServiceCollection().AddSlaPolicy(configuration.GetSection("Sla")).BuildServiceProvider();
        var resolve = () => provider.GetRequiredService<ISlaPolicyProvider>();

        resolve.Should().Throw<OptionsValidationException>().Which.Failures.Should().Equal(
            "Sla: The configuration section 'Sla' is missing or empty; it must hold a policy document (see 'zenput-sla policy show'). [Required]");
    }

    [Fact]
    public void Text_values_become_numbers_booleans_and_arrays_where_they_are_written_as_such()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Sla:schemaVersion"] = "1",
            ["Sla:flag"] = "True",
            ["Sla:ratio"] = "-2.5e3",
            ["Sla:padded"] = "007",
            ["Sla:duration"] = "2:00:00",
            ["Sla:sparse:0"] = "a",
            ["Sla:sparse:1"] = "b",
            ["Sla:sparse:10"] = "k",
            ["Sla:empty"] = null,
            ["Sla:blank"] = string.Empty,
        }).AddInMemoryCollection(Enumerable.Range(0, 11).Select(i => new KeyValuePair<string, string?>($"Sla:list:{i}", $"item {i}"))).Build();

        var json = JsonNode.Parse(ConfigurationDocument.ToJson(configuration.GetSection("Sla")))!;

        json["schemaVersion"]!.GetValueKind().Should().Be(System.Text.Json.JsonValueKind.Number);
        json["flag"]!.GetValue<bool>().Should().BeTrue();
        json["ratio"]!.ToJsonString().Should().Be("-2.5e3");
        json["padded"]!.GetValue<string>().Should().Be("007");
        json["duration"]!.GetValue<string>().Should().Be("2:00:00");
        json["list"]!.AsArray().Select(n => n!.GetValue<string>()).Should().Equal(Enumerable.Range(0, 11).Select(i => $"item {i}"), "indexes count as numbers: 10 comes after 9");
        json["sparse"]!.GetValueKind().Should().Be(System.Text.Json.JsonValueKind.Object, "keys 0, 1, 10 have a gap, so they are an object's keys");
        json.AsObject().Where(p => p.Key is "empty" or "blank").Should().HaveCount(2).And.OnlyContain(p => p.Value == null, "empty values are read as null first");
    }

    [Fact]
    public void An_empty_object_in_configuration_is_read_as_an_object_where_the_reader_needs_one()
    {
        // The JSON provider stores {} and [] alike (a key without a value); the reader says which it needs.
        var document = TestHosts.BuiltInDocument();
        var rule = document["triage"]!["rules"]![0]!.AsObject();
        rule["when"] = new JsonObject();

        var (policy, findings) = ConfigurationDocument.Read(TestHosts.Configuration(document).GetSection("Sla"));
        var expected = SlaPolicyDocument.Read(document.ToJsonString());

        findings.Where(f => !f.IsWarning).Should().BeEmpty();
        expected.IsValid.Should().BeTrue();
        policy.Should().Be(expected.Policy);
    }

    [Fact]
    public void An_empty_required_array_keeps_the_readers_own_message()
    {
        var document = TestHosts.BuiltInDocument();
        document["tiers"] = new JsonArray();

        var (_, findings) = ConfigurationDocument.Read(TestHosts.Configuration(document).GetSection("Sla"));

        findings.Should().ContainSingle(f => f.Path == "Sla:tiers").Which.Should().Be(
            new Zenput.Sla.Validation.PolicyFinding("Sla:tiers", "A policy needs at least one severity tier.", "NoTiers"));
    }

    [Theory]
    [InlineData("Sla", "$", "Sla")]
    [InlineData("Sla", "$.tiers[2].responseGoal", "Sla:tiers:2:responseGoal")]
    [InlineData("App:Policies:Sla", "$.maintenance.recurrences[0].startTime", "App:Policies:Sla:maintenance:recurrences:0:startTime")]
    [InlineData("", "$.name", "name")]
    [InlineData("", "$", "(root)")]
    public void A_JSON_path_becomes_the_configuration_key_that_holds_it(string section, string jsonPath, string key) =>
        ConfigurationDocument.KeyOf(section, jsonPath).Should().Be(key);
}
