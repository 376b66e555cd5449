using NodaTime;
using Zenput.Sla.DependencyInjection;
using Zenput.Sla.Evaluation;
using Zenput.Sla.ICalendar;

namespace HelpdeskService;

/// <summary>The HTTP API. Every ticket answer is its evaluation; every refusal is <c>application/problem+json</c>.</summary>
public static class HelpdeskEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static void MapHelpdesk(this IEndpointRouteBuilder app)
    {
        app.MapPost("/tickets", CreateTicketAsync);
        app.MapGet("/tickets/" + TicketRequests.AtRisk, AtRiskAsync);
        app.MapGet("/tickets/{id}", GetTicketAsync);
        app.MapGet("/tickets/{id}/events", GetEventsAsync);
        app.MapPost("/tickets/{id}/events", AddEventAsync);
        app.MapGet("/maintenance.ics", Maintenance);
    }

    private static async Task<IResult> CreateTicketAsync(HttpRequest request, TicketStore store, SlaService sla, CancellationToken cancellationToken)
    {
        var errors = new RequestErrors();
        var now = sla.Now;
        if (await TicketRequests.ReadTicketAsync(request, sla.Policy, now, errors) is not { } ticket)
        {
            return errors.ToResult("The ticket is not valid.");
        }

        if (!await store.TryAddAsync(ticket.Id, EvaluationJson.Name(ticket.Tier), ticket.ReportedAt, cancellationToken))
        {
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "The ticket already exists.", detail: $"There is already a ticket '{ticket.Id}'.");
        }

        var timeline = new TicketTimeline(ticket.ReportedAt, EvaluationJson.Name(ticket.Tier)) { Id = ticket.Id };
        return Results.Created($"/tickets/{ticket.Id}", EvaluationJson.From(sla.Evaluate(timeline, now)));
    }

    private static async Task<IResult> AddEventAsync(string id, HttpRequest request, TicketStore store, SlaService sla, CancellationToken cancellationToken)
    {
        var errors = new RequestErrors();
        var now = sla.Now;
        if (await TicketRequests.ReadEventAsync(request, sla.Policy, now, errors) is not { } @event)
        {
            return errors.ToResult("The event is not valid.");
        }

        var (timeline, problems) = await store.AppendAsync(id, @event, sla.Check, cancellationToken);
        if (timeline is null)
        {
            return UnknownTicket(id);
        }

        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                errors.Add("events", problem.Message);
            }

            return errors.ToResult("The ticket's history would be impossible with this event.");
        }

        return Results.Ok(EvaluationJson.From(sla.Evaluate(timeline, now)));
    }

    private static async Task<IResult> GetTicketAsync(string id, string? at, TicketStore store, SlaService sla, CancellationToken cancellationToken)
    {
        var errors = new RequestErrors();
        var asOf = TicketRequests.QueryInstant(at, "at", errors);
        if (errors.Any)
        {
            return errors.ToResult("The query is not valid.");
        }

        return await store.FindAsync(id, cancellationToken) is { } timeline
            ? Results.Ok(EvaluationJson.From(sla.Evaluate(timeline, asOf ?? sla.Now)))
            : UnknownTicket(id);
    }

    private static async Task<IResult> GetEventsAsync(string id, TicketStore store, CancellationToken cancellationToken) =>
        await store.FindAsync(id, cancellationToken) is { } timeline
            ? Results.Ok(timeline.Events.Select(e => new EventJson(e.Kind, e.At, e.Reason, e.Severity)))
            : UnknownTicket(id);

    private static async Task<IResult> AtRiskAsync(string? within, string? at, TicketStore store, ISlaPolicyProvider policies, IClock clock, CancellationToken cancellationToken)
    {
        var errors = new RequestErrors();
        var span = TicketRequests.QueryDuration(within, "within", Duration.FromHours(1), errors);
        var asOf = TicketRequests.QueryInstant(at, "at", errors);
        if (errors.Any)
        {
            return errors.ToResult("The query is not valid.");
        }

        var now = asOf ?? clock.GetCurrentInstant();
        var horizon = now + span!.Value;
        var atRisk = new List<AtRiskJson>();
        await foreach (var result in policies.Evaluator.EvaluateAllAsync(store.AllAsync(cancellationToken), now, cancellationToken))
        {
            if (result.Evaluation is { IsResolved: false, NextDue: { } next } evaluation && next.DueAt <= horizon)
            {
                atRisk.Add(new AtRiskJson(evaluation.Timeline.Id!, EvaluationJson.Name(evaluation.Tier), evaluation.Status, NextDueJson.From(next)!));
            }
        }

        return Results.Ok(atRisk.OrderBy(t => t.NextDue.DueAt).ThenBy(t => t.Id, StringComparer.Ordinal));
    }

    private static IResult Maintenance(ISlaPolicyProvider policies, IClock clock)
    {
        if (policies.Policy.Maintenance is not { } schedule)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No maintenance calendar.", detail: "The SLA policy in force has no maintenance schedule.");
        }

        // The whole schedule from the start of this month (in its own zone) on: a feed calendars can subscribe to.
        var now = clock.GetCurrentInstant();
        var today = now.InZone(schedule.Zone).Date;
        var from = today.With(DateAdjusters.StartOfMonth).AtStartOfDayInZone(schedule.Zone).ToInstant();
        var ics = MaintenanceICalendar.ToIcsFrom(schedule, from, new MaintenanceCalendarOptions { Stamp = now, CalendarName = $"{policies.Policy.Name} maintenance" });
        return Results.Text(ics, "text/calendar", System.Text.Encoding.UTF8);
    }

    private static IResult UnknownTicket(string id) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown ticket.", detail: $"There is no ticket '{id}'.");
}
