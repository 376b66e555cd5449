// Builds a custom four-level policy on a business calendar, shows that every mistake in a policy is
// reported at once, and round-trips the policy through a JSON document.
using NodaTime;
using Zenput.Sla;
using Zenput.Sla.Calendars;
using Zenput.Sla.Clock;
using Zenput.Sla.Serialization;
using Zenput.Sla.Validation;

var london = DateTimeZoneProviders.Tzdb["Europe/London"];
var office = new BusinessCalendar(
    "london-office",
    london,
    [
        new WorkingWindow(IsoDayOfWeek.Monday, new LocalTime(9, 0), new LocalTime(17, 30)),
        new WorkingWindow(IsoDayOfWeek.Tuesday, new LocalTime(9, 0), new LocalTime(17, 30)),
        new WorkingWindow(IsoDayOfWeek.Wednesday, new LocalTime(9, 0), new LocalTime(17, 30)),
        new WorkingWindow(IsoDayOfWeek.Thursday, new LocalTime(9, 0), new LocalTime(17, 30)),
        new WorkingWindow(IsoDayOfWeek.Friday, new LocalTime(9, 0), new LocalTime(17, 0)),
    ],
    [Holiday.EveryYear("Christmas Day", new AnnualDate(12, 25)), Holiday.EveryYear("Boxing Day", new AnnualDate(12, 26))]);

static ResolutionStep Ticket() =>
    new(ResolutionStepKind.ProblemTicket, "Open a ticket.", [TicketEventKind.TicketCreated], StepDeadline.Within(Duration.FromMinutes(10)));

static SeverityLevel Level(int rank, string name) => new(rank, name, $"{name} impact.", [], []);

var policy = new SlaPolicyBuilder("Acme Premium Support")
    .WithSupportZone(london)
    .AddCalendar(office)
    .AddTier(Level(1, "Urgent"), GoalTarget.Elapsed(Duration.FromHours(1)), [Ticket()])
    .AddTier(Level(2, "High"), GoalTarget.BusinessTime(Duration.FromHours(4), "london-office"), [Ticket()])
    .AddTier(Level(3, "Normal"), GoalTarget.BusinessTime(Duration.FromHours(16), "london-office"), [Ticket()])
    .AddTier(Level(4, "Low"), GoalTarget.CalendarDays(10), [Ticket()])
    .Build();

Console.WriteLine($"Built '{policy.Name}' with {policy.Tiers.Count} levels:");
foreach (var tier in policy.Tiers)
{
    Console.WriteLine($"  {tier.Severity.DisplayName}: respond within {tier.ResponseGoal}");
}

// Business time: 4 working hours from Friday 16:00 London is Monday 12:00 (1 h on Friday, 3 h on Monday).
var clock = new SlaClock(policy);
var reported = new LocalDateTime(2026, 11, 27, 16, 0).InZoneStrictly(london).ToInstant();
var due = clock.DueAt(reported, policy.GetTier("high").ResponseGoal);
Console.WriteLine($"High reported Friday 16:00 London is due {due.InZone(london):uuuu-MM-dd HH:mm} London");

// Every mistake at once, each with its path and a stable code.
try
{
    new SlaPolicyBuilder("Broken")
        .WithSupportZone("Europe/Atlantis")
        .AddTier(Level(1, "Urgent"), GoalTarget.Elapsed(Duration.Zero), [Ticket()])
        .AddTier(Level(1, "High"), GoalTarget.BusinessTime(Duration.FromHours(4), "missing-calendar"), [Ticket()])
        .Build();
}
catch (SlaPolicyValidationException e)
{
    Console.WriteLine();
    Console.WriteLine(e.Message);
}

// Save and load: the document loads back as an equal policy.
var json = SlaPolicyDocument.Save(policy);
var loaded = SlaPolicyDocument.Load(json);
Console.WriteLine();
Console.WriteLine($"Saved {json.Length} characters of JSON; loads back equal: {loaded.Equals(policy)}");
