// A helpdesk service beside a ticketing system: tickets and their events in SQLite, each answer the
// ticket's SLA evaluation (the JSON of `zenput-sla evaluate`), open tickets at risk, the maintenance
// calendar, and a background watcher that logs a warning when a ticket crosses a warning threshold.
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using HelpdeskService;

var builder = WebApplication.CreateBuilder(args);

// The built-in Zenput policy; AddSlaPolicy(builder.Configuration.GetSection("Sla")) would take a
// customised one from appsettings.json, validated at start-up and following reloads.
builder.Services.AddSlaPolicy();
builder.Services.AddSingleton(_ => new TicketStore(builder.Configuration.GetConnectionString("Tickets") ?? "Data Source=tickets.db"));
builder.Services.AddHostedService<WarningThresholdWatcher>();
builder.Services.AddHealthChecks().AddCheck<TicketStoreHealthCheck>("tickets");
builder.Services.ConfigureHttpJsonOptions(json =>
{
    json.SerializerOptions.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
    json.SerializerOptions.WriteIndented = true;   // answers people read, as in the README's session
    json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
});

var app = builder.Build();
app.Services.GetRequiredService<TicketStore>().CreateSchema();   // on start, before the first request
app.MapHealthChecks("/healthz");
app.MapHelpdesk();
app.Run();

/// <summary>The entry point, public so that the tests can host the service in-process.</summary>
public partial class Program;
