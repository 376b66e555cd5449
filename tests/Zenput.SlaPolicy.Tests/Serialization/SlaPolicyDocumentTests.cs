using System.IO;
using System.Linq;
using System.Text;
using FsCheck.Xunit;
using NodaTime;
using Zenput.Sla.Serialization;
using Zenput.Sla.Tests.Generators;
using Zenput.Sla.Validation;

namespace Zenput.Sla.Tests.Serialization;

public sealed class SlaPolicyDocumentTests
{
    [Fact]
    public void Built_in_policy_saves_and_loads_back_equal()
    {
        var json = SlaPolicyDocument.Save(ZenputSla.Default);

        SlaPolicyDocument.Load(json).Should().Be(ZenputSla.Default);
    }

    [ScaledProperty(10_000, Arbitrary = [typeof(RandomPolicies)])]
    public bool Generated_policies_save_and_load_back_equal(Drawn<SlaPolicy> drawn)
    {
        var policy = drawn.Value;
        var result = SlaPolicyDocument.Read(SlaPolicyDocument.SaveToUtf8Bytes(policy));

        return result.Findings.All(f => f.IsWarning) && policy.Equals(result.Policy);
    }

    [Fact]
    public void Saved_document_states_its_schema_version_and_uses_NodaTime_text_formats()
    {
        var json = SlaPolicyDocument.Save(ZenputSla.Default);

        json.Should().Contain("\"schemaVersion\": 2")
            .And.Contain("\"supportZone\": \"America/Los_Angeles\"")
            .And.Contain("\"duration\": \"2:00:00\"")
            .And.Contain("\"days\": 3")
            .And.Contain("\"startTime\": \"21:00\"")
            .And.Contain("\"dayOfWeek\": \"tuesday\"");
    }

    [Fact]
    public void Stream_and_byte_order_mark_are_accepted()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(SlaPolicyDocument.SaveToUtf8Bytes(ZenputSla.Default)).ToArray();

        SlaPolicyDocument.Load(new MemoryStream(bytes)).Should().Be(ZenputSla.Default);
    }

    [Fact]
    public void Window_end_of_24_00_means_next_midnight()
    {
        var json = Document(calendars: """[{ "name": "office", "zone": "Europe/London", "windows": [{ "day": "friday", "start": "22:00", "end": "24:00" }] }]""");

        var calendar = SlaPolicyDocument.Load(json).GetCalendar("office");

        calendar.Windows.Single().End.Should().Be(LocalTime.Midnight);
        calendar.Windows.Single().Hours.NominalLength.Should().Be(Duration.FromHours(2));
    }

    [Fact]
    public void A_time_with_seconds_is_read_and_saved_with_its_seconds_and_whole_minutes_without()
    {
        var json = Document(calendars: """[{ "name": "office", "zone": "Europe/London", "windows": [{ "day": "friday", "start": "09:00:30", "end": "17:00" }] }]""");

        var policy = SlaPolicyDocument.Load(json);
        var window = policy.GetCalendar("office").Windows.Single();

        window.Start.Should().Be(new LocalTime(9, 0, 30));
        window.End.Should().Be(new LocalTime(17, 0));
        SlaPolicyDocument.Save(policy).Should().Contain("\"start\": \"09:00:30\"").And.Contain("\"end\": \"17:00\"");
    }

    [Theory]
    [InlineData("9am")]
    [InlineData("25:00")]
    public void A_time_that_is_not_a_local_time_is_a_finding_at_its_path_not_an_exception(string text)
    {
        var json = Document(calendars: $$"""[{ "name": "office", "zone": "Europe/London", "windows": [{ "day": "friday", "start": "{{text}}", "end": "17:00" }] }]""");

        var result = SlaPolicyDocument.Read(json);

        result.IsValid.Should().BeFalse();
        var finding = result.Findings.Should().ContainSingle().Subject;
        finding.Path.Should().Be("$.calendars[0].windows[0].start");
        finding.Message.Should().Be($"'{text}' is not a valid local time; expected 'HH:mm' such as '09:00'.");
    }

    [Fact]
    public void Malformed_json_reports_line_and_position()
    {
        var result = SlaPolicyDocument.Read("{\n  \"schemaVersion\": 1,\n  \"name\": \"x\" \"oops\"\n}");

        result.IsValid.Should().BeFalse();
        var finding = result.Findings.Should().ContainSingle().Subject;
        finding.Code.Should().Be(PolicyErrorCodes.MalformedDocument);
        finding.Message.Should().StartWith("The document is not well-formed JSON at line 3, position 15:");
    }

    [Fact]
    public void A_trailing_comma_is_named_as_what_JSON_does_not_allow_not_as_a_reader_option_to_change()
    {
        var finding = SlaPolicyDocument.Read("{\"schemaVersion\": 1,}").Findings.Should().ContainSingle().Subject;

        finding.Message.Should().Be("The document is not well-formed JSON at line 1, position 21: The JSON object contains a trailing comma at the end, which JSON does not allow.");
    }

    [Theory]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("{} {}")]
    public void Document_that_is_not_one_object_is_refused(string json)
    {
        var result = SlaPolicyDocument.Read(json);

        result.IsValid.Should().BeFalse();
        result.Findings.Should().ContainSingle().Which.Path.Should().Be("$");
    }

    [Fact]
    public void Wrong_types_are_reported_with_their_json_paths()
    {
        var json = Document(tiers: """[{ "severity": { "rank": "one", "name": 7 }, "responseGoal": { "kind": "elapsed", "duration": 120 }, "resolutionProcess": {} }]""")
            .Replace("\"clockStopsDuringMaintenance\": false", "\"clockStopsDuringMaintenance\": \"no\"");

        var result = SlaPolicyDocument.Read(json);

        result.Findings.Select(f => (f.Path, f.Code)).Should().BeEquivalentTo(new[]
        {
            ("$.tiers[0].severity.rank", PolicyErrorCodes.InvalidValue),
            ("$.tiers[0].severity.name", PolicyErrorCodes.InvalidValue),
            ("$.tiers[0].responseGoal.duration", PolicyErrorCodes.InvalidValue),
            ("$.tiers[0].resolutionProcess", PolicyErrorCodes.InvalidValue),
            ("$.clockStopsDuringMaintenance", PolicyErrorCodes.InvalidValue),
        });
        result.Findings.Single(f => f.Path == "$.tiers[0].severity.rank").Message.Should().Be("Expected a number but found a string.");
    }

    [Fact]
    public void Unknown_time_zones_are_reported_where_they_are()
    {
        var json = Document(calendars: """[{ "name": "office", "zone": "Europe/Atlantis", "windows": [{ "day": "monday", "start": "09:00", "end": "17:00" }] }]""")
            .Replace("\"supportZone\": \"America/Los_Angeles\"", "\"supportZone\": \"Pacific/Nowhere\"");

        var result = SlaPolicyDocument.Read(json);

        result.Errors.Select(f => (f.Path, f.Code)).Should().BeEquivalentTo(new[]
        {
            ("$.supportZone", PolicyErrorCodes.UnknownTimeZone),
            ("$.calendars[0].zone", PolicyErrorCodes.UnknownTimeZone),
        });
    }

    [Fact]
    public void Negative_durations_and_duplicate_ranks_are_semantic_errors_with_json_paths()
    {
        var json = Document(tiers: $"[{Tier(1, "Critical", "-2:00:00")}, {Tier(2, "Major", "4:00:00")}, {Tier(2, "Minor", "72:00:00")}]");

        var result = SlaPolicyDocument.Read(json);

        result.Errors.Select(f => (f.Path, f.Code)).Should().BeEquivalentTo(new[]
        {
            ("$.tiers[0].responseGoal", PolicyErrorCodes.NegativeGoal),
            ("$.tiers[2].severity.rank", PolicyErrorCodes.DuplicateRank),
        });
    }

    [Fact]
    public void Unknown_properties_are_reported_not_ignored()
    {
        var json = Document(tiers: $"[{Tier(1, "Critical", "2:00:00").Replace("\"severity\"", "\"colour\": \"red\", \"severity\"")}]")
            .Replace("\"name\": \"Doc\"", "\"name\": \"Doc\", \"$type\": \"System.IO.FileInfo\"");

        var result = SlaPolicyDocument.Read(json);

        result.Findings.Select(f => (f.Path, f.Code)).Should().BeEquivalentTo(new[]
        {
            ("$.tiers[0].colour", PolicyErrorCodes.UnknownProperty),
            ("$.$type", PolicyErrorCodes.UnknownProperty),
        });
    }

    [Fact]
    public void Missing_and_unsupported_schema_versions_are_refused()
    {
        SlaPolicyDocument.Read(Document().Replace("\"schemaVersion\": 1,", string.Empty)).Findings
            .Should().ContainSingle(f => f.Path == "$.schemaVersion" && f.Code == PolicyErrorCodes.Required);
        SlaPolicyDocument.Read(Document().Replace("\"schemaVersion\": 1", "\"schemaVersion\": 3")).Findings
            .Should().ContainSingle(f => f.Path == "$.schemaVersion" && f.Code == PolicyErrorCodes.UnsupportedSchemaVersion)
            .Which.Message.Should().Be("Schema version 3 is not supported; this library reads versions 1 to 2.");
        SlaPolicyDocument.Read(Document().Replace("\"schemaVersion\": 1", "\"schemaVersion\": 0")).Findings
            .Should().ContainSingle(f => f.Path == "$.schemaVersion" && f.Code == PolicyErrorCodes.UnsupportedSchemaVersion);
    }

    [Fact]
    public void Duplicate_properties_are_reported()
    {
        var result = SlaPolicyDocument.Read(Document().Replace("\"name\": \"Doc\"", "\"name\": \"Doc\", \"name\": \"Other\""));

        result.Findings.Should().ContainSingle(f => f.Path == "$.name" && f.Message.Contains("more than once"));
    }

    [Fact]
    public void Documents_over_one_mebibyte_are_refused_without_parsing()
    {
        var huge = Document().Replace("\"description\": \"\"", $"\"description\": \"{new string('x', SlaPolicyDocument.MaxDocumentBytes)}\"");

        var fromString = SlaPolicyDocument.Read(huge);
        var fromStream = SlaPolicyDocument.Read(new MemoryStream(Encoding.UTF8.GetBytes(huge)));

        fromString.Findings.Should().ContainSingle().Which.Message.Should().Contain("1 MiB");
        fromStream.Findings.Should().ContainSingle().Which.Message.Should().Contain("1 MiB");
    }

    [Fact]
    public void Deeply_nested_documents_are_refused()
    {
        var deep = new string('[', 10_000) + new string(']', 10_000);

        var result = SlaPolicyDocument.Read(deep);

        result.Findings.Should().ContainSingle().Which.Code.Should().Be(PolicyErrorCodes.MalformedDocument);
        result.Findings[0].Message.Should().Contain("depth");
    }

    [Fact]
    public void Load_throws_one_exception_listing_every_finding()
    {
        var json = Document(tiers: $"[{Tier(1, "Critical", "-0:01:00")}, {Tier(1, "Major", "4:00:00")}]");

        var act = () => SlaPolicyDocument.Load(json);

        act.Should().Throw<SlaPolicyValidationException>()
            .WithMessage("The SLA policy is invalid (2 errors):*$.tiers[0].responseGoal*NegativeGoal*$.tiers[1].severity.rank*DuplicateRank*");
    }

    [Fact]
    public void Bad_enum_names_list_the_allowed_values()
    {
        var json = Document(tiers: Tier(1, "Critical", "2:00:00").Replace("\"kind\": \"elapsed\"", "\"kind\": \"fortnightly\"").Insert(0, "[") + "]");

        var finding = SlaPolicyDocument.Read(json).Findings.Should().ContainSingle().Subject;

        finding.Path.Should().Be("$.tiers[0].responseGoal.kind");
        finding.Message.Should().Be("'fortnightly' is not one of 'elapsed', 'calendarDays', 'businessTime', 'businessDays'.");
    }

    private static string Tier(int rank, string name, string duration) =>
        $$"""
        { "severity": { "rank": {{rank}}, "name": "{{name}}" }, "responseGoal": { "kind": "elapsed", "duration": "{{duration}}" },
          "resolutionProcess": [{ "kind": "problemTicket", "satisfiedBy": ["ticketCreated"], "deadline": { "kind": "within", "length": "0:15:00" } }] }
        """;

    private static string Document(string? tiers = null, string calendars = "[]") =>
        $$"""
        {
          "schemaVersion": 1,
          "name": "Doc",
          "description": "",
          "supportZone": "America/Los_Angeles",
          "responseSatisfiedBy": ["engineerAssigned"],
          "clockStopsDuringMaintenance": false,
          "tiers": {{tiers ?? $"[{Tier(1, "Critical", "2:00:00")}]"}},
          "calendars": {{calendars}}
        }
        """;
}
