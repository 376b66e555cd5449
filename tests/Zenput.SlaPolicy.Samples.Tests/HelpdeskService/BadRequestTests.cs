using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace Zenput.Sla.Samples.Tests.HelpdeskService;

/// <summary>Every refusal is problem+json; a 400 lists every problem by field.</summary>
public sealed class BadRequestTests : IDisposable
{
    private readonly HelpdeskHost _host = new(HelpdeskHost.NewDatabase(), new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly HttpClient _client;

    public BadRequestTests() => _client = _host.CreateClient();

    public void Dispose()
    {
        _client.Dispose();
        _host.Dispose();
    }

    [Theory]
    [InlineData("""{"id": "T 1", "severity": 4, "reportedAt": "yesterday"}""", """{"id": ["'id' must be 1 to 64 letters, digits, '-', '_' or '.' (it goes into URLs), but is \"T 1\"."], "severity": ["Unknown severity '4'; expected one of critical (1), major (2), minor (3)."], "reportedAt": ["'reportedAt' is 'yesterday', which is not an ISO-8601 instant with an offset or Z (such as \"2026-11-24T21:30:00-08:00\")."]}""")]
    [InlineData("""{}""", """{"id": ["'id' is required."], "severity": ["'severity' is required: a severity name such as \"critical\" or a rank such as 1."], "reportedAt": ["'reportedAt' is required."]}""")]
    [InlineData("""{"id": 7, "severity": true, "reportedAt": 20261124}""", """{"id": ["'id' must be a string."], "severity": ["'severity' must be a severity name such as \"critical\" or a rank such as 1."], "reportedAt": ["'reportedAt' must be a string."]}""")]
    [InlineData("""{"id": "at-risk", "severity": "minor", "reportedAt": "2026-12-01T00:00:01Z"}""", """{"id": ["'at-risk' names the list of tickets at risk (GET /tickets/at-risk); choose another id."], "reportedAt": ["'reportedAt' is 2026-12-01T00:00:01Z, after the service's current time 2026-12-01T00:00:00Z."]}""")]
    [InlineData("""[1, 2]""", """{"body": ["The body must be a JSON object such as {\"id\": \"T-1001\", \"severity\": \"critical\", \"reportedAt\": \"2026-11-24T21:30:00-08:00\"}."]}""")]
    public async Task A_bad_ticket_is_refused_with_every_problem_listed(string body, string errors)
    {
        var response = await _client.PostJsonAsync("/tickets", body);

        await ShouldBeValidationProblem(response, "The ticket is not valid.", errors);
    }

    [Fact]
    public async Task Malformed_JSON_is_refused_saying_where()
    {
        var response = await _client.PostJsonAsync("/tickets", """{"id": "T-1",""");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await response.JsonAsync();
        problem["errors"]!["body"]![0]!.GetValue<string>().Should().StartWith("The body is not valid JSON (").And.Contain("LineNumber: 0");
    }

    [Theory]
    [InlineData("""{"type": "reported", "at": "2026-11-30T10:00:00Z"}""", """{"type": ["'reported' is not an event type; expected one of ticketCreated, engineerAssigned, firstResponse, statusUpdate, fixStarted, fixApplied, usersNotified, releasedInMajorVersion, resolved, reopened, paused, resumed, severityChanged."]}""")]
    [InlineData("""{"type": "severityChanged", "at": "2026-12-01T00:00:00.000000001Z"}""", """{"at": ["'at' is 2026-12-01T00:00:00.000000001Z, after the service's current time 2026-12-01T00:00:00Z: post events as they happen."], "severity": ["'severity' is required: a severity name such as \"critical\" or a rank such as 1."]}""")]
    [InlineData("""{"type": "statusUpdate", "at": "2026-11-30T10:00:00Z", "severity": "major", "reason": 5}""", """{"reason": ["'reason' must be a string."], "severity": ["'severity' belongs only to a severityChanged event."]}""")]
    public async Task A_bad_event_is_refused_with_every_problem_listed(string body, string errors)
    {
        await _client.CreateTicketAsync("T-1", "critical", "2026-11-30T09:00:00Z");

        var response = await _client.PostJsonAsync("/tickets/T-1/events", body);

        await ShouldBeValidationProblem(response, "The event is not valid.", errors);
    }

    [Fact]
    public async Task An_event_that_makes_the_history_impossible_is_refused_naming_the_event()
    {
        await _client.CreateTicketAsync("T-1", "critical", "2026-11-30T09:00:00Z");

        var before = await _client.PostJsonAsync("/tickets/T-1/events", """{"type": "ticketCreated", "at": "2026-11-30T08:00:00Z"}""");
        await _client.AddEventAsync("T-1", """{"type": "resolved", "at": "2026-11-30T10:00:00Z"}""");
        var twice = await _client.PostJsonAsync("/tickets/T-1/events", """{"type": "resolved", "at": "2026-11-30T11:00:00Z"}""");

        await ShouldBeValidationProblem(before, "The ticket's history would be impossible with this event.", """{"events": ["events[0] (ticketCreated at 2026-11-30T08:00:00Z): happened before the ticket was reported (2026-11-30T09:00:00Z)."]}""");
        (await twice.JsonAsync())["errors"]!["events"]!.AsArray().Should().ContainSingle().Which!.GetValue<string>().Should().StartWith("events[1] (resolved at 2026-11-30T11:00:00Z)");
        _host.StoredEvents("T-1").Should().Be(1, "refused events are not stored");
    }

    [Theory]
    [InlineData("/tickets/T-1?at=noon", """{"at": ["'at' is 'noon', which is not an ISO-8601 instant with an offset or Z (such as \"2026-11-24T21:30:00-08:00\")."]}""")]
    [InlineData("/tickets/at-risk?within=P1M", """{"within": ["'within' is 'P1M', which is not an ISO-8601 duration in days, hours, minutes or seconds (such as \"PT1H\" or \"P1DT12H\")."]}""")]
    [InlineData("/tickets/at-risk?within=PT-1H&at=soon", """{"within": ["'within' must not be negative, but is PT-1H."], "at": ["'at' is 'soon', which is not an ISO-8601 instant with an offset or Z (such as \"2026-11-24T21:30:00-08:00\")."]}""")]
    public async Task A_bad_query_is_refused_with_every_problem_listed(string path, string errors)
    {
        await _client.CreateTicketAsync("T-1", "critical", "2026-11-30T09:00:00Z");

        await ShouldBeValidationProblem(await _client.GetAsync(path, TestContext.Current.CancellationToken), "The query is not valid.", errors);
    }

    [Theory]
    [InlineData("GET", "/tickets/T-404")]
    [InlineData("POST", "/tickets/T-404/events")]
    public async Task An_unknown_ticket_is_404_problem_json(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = method == "POST" ? new StringContent("""{"type": "firstResponse", "at": "2026-11-30T10:00:00Z"}""", Encoding.UTF8, "application/json") : null,
        };

        var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await response.JsonAsync())["detail"]!.GetValue<string>().Should().Be("There is no ticket 'T-404'.");
    }

    [Fact]
    public async Task An_existing_id_is_409_and_the_first_ticket_is_kept()
    {
        await _client.CreateTicketAsync("T-1", "critical", "2026-11-30T09:00:00Z");

        var again = await _client.PostJsonAsync("/tickets", """{"id": "T-1", "severity": "minor", "reportedAt": "2026-11-30T10:00:00Z"}""");

        again.StatusCode.Should().Be(HttpStatusCode.Conflict);
        again.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await (await _client.GetAsync("/tickets/T-1", TestContext.Current.CancellationToken)).JsonAsync())["severity"]!.GetValue<string>().Should().Be("critical");
    }

    /// <summary>
    /// Regression (found by <c>RequestBodyFuzzTests</c>): JsonDocument accepts a string holding invalid UTF-8 or
    /// an escaped lone surrogate and only fails when it is read, so such a body was a 500 (InvalidOperationException).
    /// </summary>
    [Theory]
    [InlineData("/tickets", "{\"id\": \"T-\\ud800\", \"severity\": \"critical\", \"reportedAt\": \"2026-11-30T09:00:00Z\"}", "id", "The ticket is not valid.")]
    [InlineData("/tickets", "{\"id\": \"T-2\", \"severity\": \"crit\u00FF\", \"reportedAt\": \"2026-11-30T09:00:00Z\"}", "severity", "The ticket is not valid.")]
    [InlineData("/tickets/T-1/events", "{\"type\": \"paused\", \"at\": \"2026-11-30T10:00:00Z\", \"reason\": \"x\\udfff\"}", "reason", "The event is not valid.")]
    public async Task A_string_of_invalid_UTF8_or_a_lone_surrogate_was_a_server_error_and_is_now_a_bad_request(string path, string body, string field, string title)
    {
        await _client.CreateTicketAsync("T-1", "critical", "2026-11-30T09:00:00Z");
        // U+00FF stands for the single byte 0xFF, which is not UTF-8.
        using var content = new ByteArrayContent([.. body.Select(c => (byte)c)]);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");

        var response = await _client.PostAsync(path, content, TestContext.Current.CancellationToken);

        await ShouldBeValidationProblem(response, title, $$"""{"{{field}}": ["'{{field}}' is not text: it holds invalid UTF-8 or an escaped lone surrogate (\\uD800-\\uDFFF without its pair)."]}""");
    }

    /// <summary>
    /// Regression (found by <c>RequestBodyFuzzTests</c>): an instant whose offset carries it past NodaTime's last
    /// instant was a 500 (OverflowException); one outside the clock's range is refused the same way.
    /// </summary>
    [Theory]
    [InlineData("/tickets/T-1/events", """{"type": "statusUpdate", "at": "9999-12-31T23:59:59-12:00"}""", "at", "The event is not valid.")]
    [InlineData("/tickets", """{"id": "T-2", "severity": "critical", "reportedAt": "-9998-01-01T00:00:00+14:00"}""", "reportedAt", "The ticket is not valid.")]
    [InlineData("/tickets", """{"id": "T-3", "severity": "critical", "reportedAt": "-9998-01-01T00:00:00Z"}""", "reportedAt", "The ticket is not valid.")]
    public async Task An_instant_past_the_end_of_time_was_a_server_error_and_is_now_a_bad_request(string path, string body, string field, string title)
    {
        await _client.CreateTicketAsync("T-1", "critical", "2026-11-30T09:00:00Z");
        var text = JsonNode.Parse(body)![field]!.GetValue<string>();

        var response = await _client.PostJsonAsync(path, body);

        await ShouldBeValidationProblem(response, title, $$"""{"{{field}}": ["'{{field}}' is '{{text}}', which is outside the instants the SLA clock supports (-9998-01-08T00:00:00Z to 9999-12-24T23:59:59.999999999Z)."]}""");
    }

    private static async Task ShouldBeValidationProblem(HttpResponseMessage response, string title, string errors)
    {
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var problem = await response.JsonAsync();
        problem["title"]!.GetValue<string>().Should().Be(title);
        problem["status"]!.GetValue<int>().Should().Be(400);
        JsonNode.DeepEquals(problem["errors"], JsonNode.Parse(errors)).Should().BeTrue($"the errors should be {errors}, but are {problem["errors"]!.ToJsonString()}");
    }
}
