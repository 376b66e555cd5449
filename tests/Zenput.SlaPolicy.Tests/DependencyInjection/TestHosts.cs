using System;
using System.IO;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Zenput.Sla.Serialization;

namespace Zenput.Sla.Tests.DependencyInjection;

/// <summary>Hosts, configuration and captured logs for the DependencyInjection tests.</summary>
internal static class TestHosts
{
    /// <summary>The built-in policy's document, as <c>zenput-sla policy show</c> prints it, to edit.</summary>
    public static JsonObject BuiltInDocument() => JsonNode.Parse(SlaPolicyDocument.Save(ZenputSla.Default))!.AsObject();

    /// <summary>An appsettings.json-like configuration holding <paramref name="document"/> under "Sla".</summary>
    public static IConfigurationRoot Configuration(JsonNode document) =>
        new ConfigurationBuilder().AddJsonStream(Settings(document)).Build();

    public static MemoryStream Settings(JsonNode document) =>
        new(Encoding.UTF8.GetBytes(new JsonObject { ["Sla"] = document.DeepClone() }.ToJsonString()));

    /// <summary>A host without defaults (no appsettings file, no environment), with captured logs.</summary>
    public static (IHost Host, LogSink Logs) Host(Action<HostApplicationBuilder> configure)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        var logs = new LogSink();
        builder.Logging.AddProvider(logs);
        configure(builder);
        return (builder.Build(), logs);
    }
}
