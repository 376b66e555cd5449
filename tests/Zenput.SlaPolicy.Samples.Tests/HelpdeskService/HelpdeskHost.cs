using System;
using System.IO;
using System.Linq;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Zenput.Sla.Tests.DependencyInjection;

namespace Zenput.Sla.Samples.Tests.HelpdeskService;

/// <summary>
/// The helpdesk service in-process over HTTP, on a SQLite file of its own and a clock the test sets.
/// Disposing it stops the service; a new host on the same <see cref="DatabasePath"/> is a restart.
/// </summary>
internal sealed class HelpdeskHost : WebApplicationFactory<Program>
{
    private readonly TimeSpan _scanInterval;

    public HelpdeskHost(string databasePath, DateTimeOffset now, TimeSpan? scanInterval = null)
    {
        DatabasePath = databasePath;
        Time = new ManualTimeProvider(now);
        _scanInterval = scanInterval ?? TimeSpan.FromHours(12);   // the watcher stays out of the way unless a test wants it
    }

    public string DatabasePath { get; }

    public ManualTimeProvider Time { get; }

    public LogSink Logs { get; } = new();

    public global::HelpdeskService.WarningThresholdWatcher Watcher =>
        Services.GetServices<IHostedService>().OfType<global::HelpdeskService.WarningThresholdWatcher>().Single();

    /// <summary>A new database file in a new temporary folder.</summary>
    public static string NewDatabase() => Path.Combine(Directory.CreateTempSubdirectory("zenput-helpdesk-").FullName, "tickets.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Tickets", $"Data Source={DatabasePath}");
        builder.UseSetting("Helpdesk:WarningScanInterval", _scanInterval.ToString());
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Time));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);

        // A restart starts with no open connections to the file, as a new process would.
        SqliteConnection.ClearAllPools();
    }
}
