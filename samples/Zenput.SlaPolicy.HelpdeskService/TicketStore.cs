using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using NodaTime;
using NodaTime.Text;
using Zenput.Sla;
using Zenput.Sla.Evaluation;

namespace HelpdeskService;

/// <summary>
/// Tickets and their events in SQLite (schema created on start). A ticket is read back as a
/// <see cref="TicketTimeline"/>, the evaluator's input; an event is stored only if the history with it
/// can still have happened, checked inside the same write transaction, so concurrent posts to one
/// ticket are serialized and none is lost.
/// </summary>
public sealed class TicketStore
{
    private static readonly InstantPattern InstantText = InstantPattern.ExtendedIso;

    private readonly string _connectionString;

    // SQLite has one writer at a time; queueing writers here spares them SQLite's busy-wait. The
    // IMMEDIATE transactions below keep writes correct even with several processes on one file.
    private readonly SemaphoreSlim _writer = new(1, 1);

    /// <summary>Creates a store on a SQLite database.</summary>
    /// <param name="connectionString">For example <c>Data Source=tickets.db</c>.</param>
    public TicketStore(string connectionString)
    {
        _connectionString = new SqliteConnectionStringBuilder(connectionString) { Pooling = true, DefaultTimeout = 30 }.ToString();
    }

    /// <summary>Creates the tables if they are not there (idempotent).</summary>
    public void CreateSchema()
    {
        using var connection = Open();
        Execute(connection, "PRAGMA journal_mode = WAL;");
        Execute(connection, """
            CREATE TABLE IF NOT EXISTS tickets (
                id          TEXT PRIMARY KEY,
                severity    TEXT NOT NULL,
                reported_at TEXT NOT NULL
            );
            CREATE TABLE IF NOT EXISTS events (
                ticket_id TEXT    NOT NULL REFERENCES tickets (id),
                seq       INTEGER NOT NULL,
                type      TEXT    NOT NULL,
                at        TEXT    NOT NULL,
                reason    TEXT,
                severity  TEXT,
                PRIMARY KEY (ticket_id, seq)
            );
            CREATE TABLE IF NOT EXISTS warnings_logged (
                ticket_id TEXT NOT NULL REFERENCES tickets (id),
                percent   REAL NOT NULL,
                PRIMARY KEY (ticket_id, percent)
            );
            """);
    }

    /// <summary>Stores a new ticket; false when the id is taken.</summary>
    public async Task<bool> TryAddAsync(string id, string severity, Instant reportedAt, CancellationToken cancellationToken)
    {
        await _writer.WaitAsync(cancellationToken);
        try
        {
            await using var connection = Open();
            await using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO tickets (id, severity, reported_at) VALUES ($id, $severity, $reported) ON CONFLICT (id) DO NOTHING;";
            command.Parameters.AddWithValue("$id", id);
            command.Parameters.AddWithValue("$severity", severity);
            command.Parameters.AddWithValue("$reported", InstantText.Format(reportedAt));
            return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
        }
        finally
        {
            _writer.Release();
        }
    }

    /// <summary>Reads a ticket's history, or null when there is no such ticket.</summary>
    public async Task<TicketTimeline?> FindAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = Open();
        return await ReadAsync(connection, null, id, cancellationToken);
    }

    /// <summary>
    /// Appends an event if the history with it passes <paramref name="check"/> (which lists what would
    /// make it impossible). Returns the new history, or null when there is no such ticket.
    /// </summary>
    public async Task<(TicketTimeline? Timeline, IReadOnlyList<TimelineProblem> Problems)> AppendAsync(
        string id, TicketEvent @event, Func<TicketTimeline, IReadOnlyList<TimelineProblem>> check, CancellationToken cancellationToken)
    {
        await _writer.WaitAsync(cancellationToken);
        try
        {
            await using var connection = Open();
            await using var transaction = connection.BeginTransaction(deferred: false);   // BEGIN IMMEDIATE: the write lock first
            if (await ReadAsync(connection, transaction, id, cancellationToken) is not { } timeline)
            {
                return (null, []);
            }

            var next = timeline.With(@event);
            var problems = check(next);
            if (problems.Count > 0)
            {
                return (timeline, problems);
            }

            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = """
                INSERT INTO events (ticket_id, seq, type, at, reason, severity)
                VALUES ($id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM events WHERE ticket_id = $id), $type, $at, $reason, $severity);
                """;
            insert.Parameters.AddWithValue("$id", id);
            insert.Parameters.AddWithValue("$type", EventType.Name(@event.Kind));
            insert.Parameters.AddWithValue("$at", InstantText.Format(@event.At));
            insert.Parameters.AddWithValue("$reason", (object?)@event.Reason ?? DBNull.Value);
            insert.Parameters.AddWithValue("$severity", (object?)@event.Severity ?? DBNull.Value);
            await insert.ExecuteNonQueryAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return (next, []);
        }
        finally
        {
            _writer.Release();
        }
    }

    /// <summary>Streams every ticket's history, one at a time, in id order.</summary>
    public async IAsyncEnumerable<TicketTimeline> AllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = Open();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT t.id, t.severity, t.reported_at, e.type, e.at, e.reason, e.severity
            FROM tickets t LEFT JOIN events e ON e.ticket_id = t.id
            ORDER BY t.id, e.seq;
            """;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        TicketTimeline? current = null;
        var events = new List<TicketEvent>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = reader.GetString(0);
            if (current is not null && current.Id != id)
            {
                yield return WithEvents(current, events);
                events.Clear();
            }

            if (current is null || current.Id != id)
            {
                current = new TicketTimeline(Parse(reader.GetString(2)), reader.GetString(1)) { Id = id };
            }

            if (!reader.IsDBNull(3))
            {
                events.Add(ReadEvent(reader, 3));
            }
        }

        if (current is not null)
        {
            yield return WithEvents(current, events);
        }
    }

    /// <summary>Records that a ticket's warning threshold was logged; false when it already was (so each is logged once, across restarts).</summary>
    public async Task<bool> MarkWarningLoggedAsync(string id, double percent, CancellationToken cancellationToken)
    {
        await _writer.WaitAsync(cancellationToken);
        try
        {
            await using var connection = Open();
            await using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO warnings_logged (ticket_id, percent) VALUES ($id, $percent) ON CONFLICT DO NOTHING;";
            command.Parameters.AddWithValue("$id", id);
            command.Parameters.AddWithValue("$percent", percent);
            return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
        }
        finally
        {
            _writer.Release();
        }
    }

    /// <summary>Whether the database answers.</summary>
    public async Task<bool> PingAsync(CancellationToken cancellationToken)
    {
        await using var connection = Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM tickets;";
        return await command.ExecuteScalarAsync(cancellationToken) is long;
    }

    private static async Task<TicketTimeline?> ReadAsync(SqliteConnection connection, SqliteTransaction? transaction, string id, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            SELECT t.severity, t.reported_at, e.type, e.at, e.reason, e.severity
            FROM tickets t LEFT JOIN events e ON e.ticket_id = t.id
            WHERE t.id = $id
            ORDER BY e.seq;
            """;
        command.Parameters.AddWithValue("$id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        (string Severity, Instant ReportedAt)? ticket = null;
        var events = new List<TicketEvent>();
        while (await reader.ReadAsync(cancellationToken))
        {
            ticket ??= (reader.GetString(0), Parse(reader.GetString(1)));
            if (!reader.IsDBNull(2))
            {
                events.Add(ReadEvent(reader, 2));
            }
        }

        return ticket is { } t ? new TicketTimeline(t.ReportedAt, t.Severity, events) { Id = id } : null;
    }

    private static TicketEvent ReadEvent(SqliteDataReader reader, int first) => new(
        EventType.Parse(reader.GetString(first)) ?? throw new InvalidDataException($"Unknown event type '{reader.GetString(first)}' in the database."),
        Parse(reader.GetString(first + 1)),
        reader.IsDBNull(first + 2) ? null : reader.GetString(first + 2),
        reader.IsDBNull(first + 3) ? null : reader.GetString(first + 3));

    private static TicketTimeline WithEvents(TicketTimeline ticket, List<TicketEvent> events) =>
        new(ticket.ReportedAt, ticket.Severity, [.. events]) { Id = ticket.Id };

    private static Instant Parse(string text) => InstantText.Parse(text).Value;

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

/// <summary>Event types as the API and the database spell them: the camelCase names of <see cref="TicketEventKind"/>.</summary>
public static class EventType
{
    private static readonly Dictionary<string, TicketEventKind> ByName =
        Enum.GetValues<TicketEventKind>().ToDictionary(Name, StringComparer.Ordinal);

    /// <summary>The name of an event kind, for example <c>engineerAssigned</c>.</summary>
    public static string Name(TicketEventKind kind) => JsonNamingPolicy.CamelCase.ConvertName(kind.ToString());

    /// <summary>The event kind of a name, or null.</summary>
    public static TicketEventKind? Parse(string name) => ByName.TryGetValue(name, out var kind) ? kind : null;

    /// <summary>Every name a client may post (all but <c>reported</c>, which is the ticket itself).</summary>
    public static IEnumerable<string> Postable => ByName.Keys.Where(n => ByName[n] != TicketEventKind.Reported);
}
