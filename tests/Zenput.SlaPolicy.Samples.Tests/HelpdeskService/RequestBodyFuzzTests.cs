using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Zenput.Sla.Tests.Fuzzing;

namespace Zenput.Sla.Samples.Tests.HelpdeskService;

/// <summary>
/// Mutated request bodies (from the README's curl session) posted to <c>POST /tickets</c> and
/// <c>POST /tickets/{id}/events</c>: the service answers 200/201 with an evaluation, or refuses with
/// 400/404/409 as <c>application/problem+json</c> (a 400 listing its errors); never a 500, never a hang.
/// </summary>
public sealed partial class RequestBodyFuzzTests : IDisposable
{
    private readonly HelpdeskHost _host = new(HelpdeskHost.NewDatabase(), new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly HttpClient _client;

    public RequestBodyFuzzTests()
    {
        _client = _host.CreateClient();
    }

    public void Dispose()
    {
        _client.Dispose();
        _host.Dispose();
    }

    /// <summary>A request: the path and its body.</summary>
    internal sealed record Request(string Path, byte[] Body)
    {
        public override string ToString() => $"POST {Path} {Fuzz.Show(Body)}";
    }

    [Fact]
    public async Task A_mutated_request_body_is_answered_or_refused_as_problem_json_never_a_server_error()
    {
        var bodies = CurlBodies();
        var tickets = JsonMutator.Parse(bodies.Where(b => b.Path == "/tickets").Select(b => b.Body));
        var events = JsonMutator.Parse(bodies.Where(b => b.Path != "/tickets").Select(b => b.Body));
        await _client.CreateTicketAsync("T-1", "critical", "2026-11-30T09:00:00Z");

        Fuzz.Run(
            "helpdesk request bodies",
            ciRuns: 1000,
            rng => rng.Next(2) == 0
                ? new Request("/tickets", new JsonMutator(rng, tickets).Mutate(tickets[rng.Next(tickets.Count)], 1 << 20))
                : new Request("/tickets/T-1/events", new JsonMutator(rng, events).Mutate(events[rng.Next(events.Count)], 1 << 20)),
            Check,
            request => request.ToString());
    }

    private void Check(Request request)
    {
        using var content = new ByteArrayContent(request.Body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        using var response = _client.PostAsync(request.Path, content).GetAwaiter().GetResult();
        var body = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();

        response.StatusCode.Should().BeOneOf([HttpStatusCode.OK, HttpStatusCode.Created, HttpStatusCode.BadRequest, HttpStatusCode.NotFound, HttpStatusCode.Conflict], body);
        var json = JsonNode.Parse(body)!.AsObject();
        if ((int)response.StatusCode >= 400)
        {
            response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
            json["title"]!.GetValue<string>().Should().NotBeNullOrWhiteSpace();
            if (response.StatusCode == HttpStatusCode.BadRequest)
            {
                json["errors"]!.AsObject().Should().NotBeEmpty("a 400 lists every problem by field");
            }
        }
        else
        {
            json.ContainsKey("status").Should().BeTrue($"an accepted request answers with the ticket's evaluation: {body}");
        }
    }

    /// <summary>The JSON bodies of the README's curl session, by path.</summary>
    private static List<(string Path, string Body)> CurlBodies()
    {
        var readme = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "HelpdeskService", "README.md"));
        return [.. CurlPost().Matches(readme).Select(m => (m.Groups[1].Value, m.Groups[2].Value))];
    }

    [GeneratedRegex(@"-X POST http://127\.0\.0\.1:5080(/\S+) .*? -d '(\{[^']*\})'")]
    private static partial Regex CurlPost();
}
