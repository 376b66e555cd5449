using System.Net.Http;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace Zenput.Sla.Samples.Tests.HelpdeskService;

/// <summary>Small helpers for calling the service as its clients do.</summary>
internal static class Api
{
    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string path, string json) =>
        client.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));

    public static async Task<JsonNode> JsonAsync(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

    public static async Task<HttpResponseMessage> CreateTicketAsync(this HttpClient client, string id, string severity, string reportedAt)
    {
        var response = await client.PostJsonAsync("/tickets", $$"""{"id": "{{id}}", "severity": "{{severity}}", "reportedAt": "{{reportedAt}}"}""");
        response.StatusCode.Should().Be(System.Net.HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return response;
    }

    public static async Task AddEventAsync(this HttpClient client, string id, string eventJson)
    {
        var response = await client.PostJsonAsync($"/tickets/{id}/events", eventJson);
        response.StatusCode.Should().Be(System.Net.HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }
}
