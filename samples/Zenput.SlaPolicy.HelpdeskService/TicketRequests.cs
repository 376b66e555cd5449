using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Zenput.Sla;
using Zenput.Sla.Evaluation;

namespace HelpdeskService;

/// <summary>A new ticket as posted: <c>{"id", "severity", "reportedAt"}</c>.</summary>
public sealed record NewTicket(string Id, SeverityTier Tier, Instant ReportedAt);

/// <summary>Reads request bodies and query values, collecting every problem instead of stopping at the first.</summary>
public static class TicketRequests
{
    /// <summary>The id that names the at-risk list, so no ticket may have it.</summary>
    public const string AtRisk = "at-risk";

    private const int MaxIdLength = 64;
    private static readonly OffsetDateTimePattern Iso = OffsetDateTimePattern.ExtendedIso;

    /// <summary>Reads <c>{"id", "severity", "reportedAt"}</c>; other properties are ignored (ticket exports carry many).</summary>
    public static async Task<NewTicket?> ReadTicketAsync(HttpRequest request, SlaPolicy policy, Instant now, RequestErrors errors)
    {
        using var body = await ReadObjectAsync(request, "{\"id\": \"T-1001\", \"severity\": \"critical\", \"reportedAt\": \"2026-11-24T21:30:00-08:00\"}", errors);
        if (body is null)
        {
            return null;
        }

        var root = body.RootElement;
        var id = Id(root, errors);
        var tier = Severity(root, "severity", policy, errors, required: true);
        var reportedAt = InstantValue(root, "reportedAt", errors);
        if (reportedAt > now)
        {
            errors.Add("reportedAt", $"'reportedAt' is {Text(reportedAt.Value)}, after the service's current time {Text(now)}.");
        }

        return errors.Any ? null : new NewTicket(id!, tier!, reportedAt!.Value);
    }

    /// <summary>Reads <c>{"type", "at", "reason"?, "severity"?}</c>.</summary>
    public static async Task<TicketEvent?> ReadEventAsync(HttpRequest request, SlaPolicy policy, Instant now, RequestErrors errors)
    {
        using var body = await ReadObjectAsync(request, "{\"type\": \"engineerAssigned\", \"at\": \"2026-11-24T22:15:00-08:00\"}", errors);
        if (body is null)
        {
            return null;
        }

        var root = body.RootElement;
        TicketEventKind? kind = null;
        if (Text(root, "type", errors, required: true) is { } type)
        {
            kind = EventType.Parse(type) is { } parsed && parsed != TicketEventKind.Reported ? parsed : null;
            if (kind is null)
            {
                errors.Add("type", $"'{type}' is not an event type; expected one of {string.Join(", ", EventType.Postable)}.");
            }
        }

        var at = InstantValue(root, "at", errors);
        if (at > now)
        {
            errors.Add("at", $"'at' is {Text(at.Value)}, after the service's current time {Text(now)}: post events as they happen.");
        }

        var reason = Text(root, "reason", errors, required: false);
        var severity = Severity(root, "severity", policy, errors, required: kind == TicketEventKind.SeverityChanged);
        if (severity is not null && kind is not null and not TicketEventKind.SeverityChanged)
        {
            errors.Add("severity", "'severity' belongs only to a severityChanged event.");
        }

        return errors.Any ? null : new TicketEvent(kind!.Value, at!.Value, reason, severity?.Severity.Name.ToLowerInvariant());
    }

    /// <summary>Reads an optional instant from the query (<c>?at=</c>); null when absent.</summary>
    public static Instant? QueryInstant(string? text, string name, RequestErrors errors) =>
        text is null ? null : ParseInstant(text, name, errors);

    /// <summary>Reads an ISO-8601 duration such as <c>PT1H</c> from the query; <paramref name="fallback"/> when absent.</summary>
    public static Duration? QueryDuration(string? text, string name, Duration fallback, RequestErrors errors)
    {
        if (text is null)
        {
            return fallback;
        }

        var parsed = PeriodPattern.NormalizingIso.Parse(text);
        if (!parsed.Success || parsed.Value.HasDateComponent && (parsed.Value.Months != 0 || parsed.Value.Years != 0))
        {
            errors.Add(name, $"'{name}' is '{text}', which is not an ISO-8601 duration in days, hours, minutes or seconds (such as \"PT1H\" or \"P1DT12H\").");
            return null;
        }

        var span = parsed.Value.ToDuration();
        if (span < Duration.Zero)
        {
            errors.Add(name, $"'{name}' must not be negative, but is {text}.");
            return null;
        }

        return span;
    }

    private static async Task<JsonDocument?> ReadObjectAsync(HttpRequest request, string example, RequestErrors errors)
    {
        try
        {
            var document = await JsonDocument.ParseAsync(request.Body, new JsonDocumentOptions { MaxDepth = 8 }, request.HttpContext.RequestAborted);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                return document;
            }

            document.Dispose();
        }
        catch (JsonException e)
        {
            errors.Add("body", $"The body is not valid JSON ({e.Message.Split(" Path:")[0].TrimEnd('.')}).");
            return null;
        }

        errors.Add("body", $"The body must be a JSON object such as {example}.");
        return null;
    }

    // Instant.ToString() drops fractions of a second; a message must show the instant that was refused.
    private static string Text(Instant instant) => InstantPattern.ExtendedIso.Format(instant);

    private static string? Id(JsonElement root, RequestErrors errors)
    {
        var id = Text(root, "id", errors, required: true);
        if (id is null)
        {
            return null;
        }

        if (id.Length is 0 or > MaxIdLength || !id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
        {
            errors.Add("id", $"'id' must be 1 to {MaxIdLength} letters, digits, '-', '_' or '.' (it goes into URLs), but is \"{id}\".");
            return null;
        }

        if (id == AtRisk)
        {
            errors.Add("id", $"'{AtRisk}' names the list of tickets at risk (GET /tickets/{AtRisk}); choose another id.");
            return null;
        }

        return id;
    }

    private static SeverityTier? Severity(JsonElement root, string name, SlaPolicy policy, RequestErrors errors, bool required)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                errors.Add(name, $"'{name}' is required: a severity name such as \"critical\" or a rank such as 1.");
            }

            return null;
        }

        if (value.ValueKind == JsonValueKind.String && StringOf(value, name, errors) is null)
        {
            return null;
        }

        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
        if (text is null)
        {
            errors.Add(name, $"'{name}' must be a severity name such as \"critical\" or a rank such as 1.");
            return null;
        }

        if (policy.FindTier(text) is { } tier)
        {
            return tier;
        }

        errors.Add(name, $"Unknown severity '{text}'; expected one of {string.Join(", ", policy.Tiers.Select(t => $"{t.Severity.Name.ToLowerInvariant()} ({t.Severity.Rank})"))}.");
        return null;
    }

    private static Instant? InstantValue(JsonElement root, string name, RequestErrors errors) =>
        Text(root, name, errors, required: true) is { } text ? ParseInstant(text, name, errors) : null;

    private static Instant? ParseInstant(string text, string name, RequestErrors errors)
    {
        var parsed = Iso.Parse(text);
        if (parsed.Success)
        {
            // An offset can carry a local time past NodaTime's last instant (9999-12-31T23:59:59-12:00), which
            // was a 500 (OverflowException; found by RequestBodyFuzzTests); the clock's range is narrower still.
            var range = Zenput.Sla.Clock.SlaClock.SupportedInstants;
            if (InstantOf(parsed.Value) is { } instant && instant >= range.Start && instant <= range.End)
            {
                return instant;
            }

            errors.Add(name, $"'{name}' is '{text}', which is outside the instants the SLA clock supports ({Text(range.Start)} to {Text(range.End)}).");
            return null;
        }

        errors.Add(name, $"'{name}' is '{text}', which is not an ISO-8601 instant with an offset or Z (such as \"2026-11-24T21:30:00-08:00\").");
        return null;
    }

    private static Instant? InstantOf(OffsetDateTime value)
    {
        try
        {
            return value.ToInstant();
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement root, string name, RequestErrors errors, bool required)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                errors.Add(name, $"'{name}' is required.");
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            errors.Add(name, $"'{name}' must be a string.");
            return null;
        }

        return StringOf(value, name, errors);
    }

    // JsonDocument does not check the text inside strings: invalid UTF-8 or an escaped lone surrogate only
    // fails when the string is read, which was a 500 (found by RequestBodyFuzzTests).
    private static string? StringOf(JsonElement value, string name, RequestErrors errors)
    {
        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            errors.Add(name, $"'{name}' is not text: it holds invalid UTF-8 or an escaped lone surrogate (\\uD800-\\uDFFF without its pair).");
            return null;
        }
    }
}
