// A worker host whose SLA policy lives in appsettings.json (section "Sla"), validated when the host
// starts: an invalid policy stops it at once, listing every error with the configuration key to fix.
// While it runs, edits to appsettings.json are picked up; an invalid edit is refused and logged.
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Zenput.Sla.DependencyInjection;
using PolicyAsConfiguration;

var once = args.Contains("--once");   // print the policy and exit (what CI runs)
var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
{
    Args = [.. args.Where(a => a != "--once")],
    ContentRootPath = AppContext.BaseDirectory,   // appsettings.json next to the program, wherever it is started from
});
builder.Services.AddSlaPolicy(builder.Configuration.GetSection("Sla"));

// The host would log a failed start with a stack trace; this program reports an invalid policy itself,
// one error a line (below), and any other failure still ends the program with its exception.
builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
builder.Services.AddHostedService(services => ActivatorUtilities.CreateInstance<PolicyReporter>(services, once));

using var host = builder.Build();
try
{
    await host.RunAsync();
    return 0;
}
catch (OptionsValidationException invalid) when (invalid.OptionsType == typeof(SlaPolicyOptions))
{
    var errors = invalid.Failures.ToList();
    Console.Error.WriteLine($"The SLA policy in configuration is invalid ({errors.Count} {(errors.Count == 1 ? "error" : "errors")}):");
    foreach (var error in errors)
    {
        Console.Error.WriteLine("  " + error);
    }

    return 1;
}
