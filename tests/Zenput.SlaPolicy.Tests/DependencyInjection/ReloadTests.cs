using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;
using Zenput.Sla.DependencyInjection;

namespace Zenput.Sla.Tests.DependencyInjection;

public sealed class ReloadTests
{
    private static readonly Instant ReportedAt = Instant.FromUtc(2026, 11, 25, 5, 30);

    [Fact]
    public void A_valid_new_document_replaces_the_policy_and_rebuilds_the_clock()
    {
        using var settings = new SettingsFile(TestHosts.BuiltInDocument());
        var (host, logs) = Started(settings);
        using (host)
        {
            var policies = host.Services.GetRequiredService<ISlaPolicyProvider>();
            var sla = host.Services.GetRequiredService<SlaService>();
            var before = policies.Clock;

            settings.Write(d => d["tiers"]![0]!["responseGoal"]!["duration"] = "1:00:00");

            policies.Clock.Should().NotBeSameAs(before);
            policies.Evaluator.Clock.Should().BeSameAs(policies.Clock, "the evaluator is rebuilt with the clock");
            policies.Policy.GetTier("critical").ResponseGoal.Should().Be(GoalTarget.Elapsed(Duration.FromHours(1)));
            sla.Due("critical", ReportedAt).ResponseDueAt.Should().Be(ReportedAt + Duration.FromHours(1));
            logs.At(LogLevel.Information).Should().Contain("SLA policy reloaded: 'Zenput Support SLA' is now in force (from configuration section 'Sla'); the SLA clock was rebuilt.");
        }
    }

    [Fact]
    public void An_invalid_new_document_is_refused_with_its_errors_logged_and_the_last_valid_policy_stays_in_force()
    {
        using var settings = new SettingsFile(TestHosts.BuiltInDocument());
        var (host, logs) = Started(settings);
        using (host)
        {
            var policies = host.Services.GetRequiredService<ISlaPolicyProvider>();
            var monitor = host.Services.GetRequiredService<IOptionsMonitor<SlaPolicyOptions>>();
            var before = policies.Clock;

            settings.Write(d =>
            {
                d["tiers"]![0]!["responseGoal"]!["duration"] = "-1:00:00";
                d["supportZone"] = "Mars/Olympus_Mons";
            });

            policies.Clock.Should().BeSameAs(before);
            policies.Policy.Should().Be(ZenputSla.Default);
            monitor.CurrentValue.Policy.Should().Be(ZenputSla.Default, "the options never leave the application without a valid policy");
            logs.At(LogLevel.Error).Should().ContainSingle().Which.Should().Be(
                "The new SLA policy from configuration section 'Sla' was refused; 'Zenput Support SLA' stays in force. Errors (1):" + System.Environment.NewLine
                + "  Sla:supportZone: 'Mars/Olympus_Mons' is not a known IANA time-zone id (for example 'America/Los_Angeles'). [UnknownTimeZone]");
        }
    }

    [Fact]
    public void After_a_refused_document_the_next_valid_one_is_taken()
    {
        using var settings = new SettingsFile(TestHosts.BuiltInDocument());
        var (host, _) = Started(settings);
        using (host)
        {
            var policies = host.Services.GetRequiredService<ISlaPolicyProvider>();

            settings.Write(d => d["tiers"]![0]!["responseGoal"]!["duration"] = "-1:00:00");
            settings.Write(d => d["tiers"]![0]!["responseGoal"]!["duration"] = "3:00:00");

            policies.Policy.GetTier(1).ResponseGoal.Should().Be(GoalTarget.Elapsed(Duration.FromHours(3)));
        }
    }

    [Fact]
    public void Reloading_an_unchanged_document_keeps_the_clock_and_logs_nothing_new()
    {
        using var settings = new SettingsFile(TestHosts.BuiltInDocument());
        var (host, logs) = Started(settings);
        using (host)
        {
            var policies = host.Services.GetRequiredService<ISlaPolicyProvider>();
            var before = policies.Clock;
            var entries = logs.Entries.Count;

            settings.Write(_ => { });

            policies.Clock.Should().BeSameAs(before);
            logs.Entries.Should().HaveCount(entries);
        }
    }

    [Fact]
    public void The_same_refused_document_reloaded_twice_is_logged_once()
    {
        using var settings = new SettingsFile(TestHosts.BuiltInDocument());
        var (host, logs) = Started(settings);
        using (host)
        {
            settings.Write(d => d["name"] = string.Empty);
            settings.Configuration!.Reload();

            logs.At(LogLevel.Error).Should().ContainSingle();
        }
    }

    private static (Microsoft.Extensions.Hosting.IHost Host, LogSink Logs) Started(SettingsFile settings)
    {
        var (host, logs) = TestHosts.Host(b =>
        {
            b.Configuration.AddJsonFile(settings.Path, optional: false, reloadOnChange: false);
            settings.Configuration = b.Configuration;
            b.Services.AddSlaPolicy(b.Configuration.GetSection("Sla"));
        });
        host.Services.GetRequiredService<ISlaPolicyProvider>();
        return (host, logs);
    }

    /// <summary>An appsettings.json file in a temporary folder; <see cref="Write"/> edits it and reloads the configuration (as a file watcher would, but deterministically).</summary>
    private sealed class SettingsFile : System.IDisposable
    {
        private readonly string _folder = Directory.CreateTempSubdirectory("zenput-sla-di-").FullName;
        private JsonObject _document;

        public SettingsFile(JsonObject document)
        {
            _document = document;
            Save();
        }

        public string Path => System.IO.Path.Combine(_folder, "appsettings.json");

        public IConfigurationRoot? Configuration { get; set; }

        public void Write(System.Action<JsonObject> edit)
        {
            _document = _document.DeepClone().AsObject();
            edit(_document);
            Save();
            Configuration!.Reload();
        }

        public void Dispose() => Directory.Delete(_folder, recursive: true);

        private void Save() => File.WriteAllText(Path, new JsonObject { ["Sla"] = _document.DeepClone() }.ToJsonString());
    }
}
